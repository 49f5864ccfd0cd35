import type { Page } from '@playwright/test';
import { expect } from './test';

/**
 * Every route of the app, with the heading it must show (sets are opened by one sample id), the
 * message that heading is in (none for a set's own title), and a name for its screenshot.
 */
export const routes = [
	{ path: '/', heading: 'Today', message: 'today_title', slug: 'today' },
	{ path: '/study', heading: 'Study', message: 'study_title', slug: 'study' },
	{ path: '/study/honduras', heading: /Honduras/, slug: 'study-set' },
	{ path: '/quiz', heading: 'Quiz', message: 'quiz_title', slug: 'quiz' },
	{ path: '/quiz/timeline', heading: /Timeline/, slug: 'quiz-setup' },
	{ path: '/sets', heading: 'Sets', message: 'sets_title', slug: 'sets' },
	{ path: '/sets/el-salvador', heading: /El Salvador/, slug: 'set' },
	{ path: '/stats', heading: 'Statistics', message: 'stats_title', slug: 'stats' },
	{ path: '/settings', heading: 'Settings', message: 'settings_title', slug: 'settings' },
	{ path: '/classroom', heading: 'Classroom', message: 'classroom_title', slug: 'classroom' },
	{ path: '/take', heading: 'Take a quiz', message: 'take_title', slug: 'take' }
] as const;

/**
 * Waits until the service worker has activated and controls the page. `ready` can resolve while
 * the worker is still activating, so wait for `activated`, reload, then poll for the controller.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) => {
				worker.addEventListener('statechange', () => {
					if (worker.state === 'activated') resolve();
				});
			});
		}
	});
	await page.reload();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Waits until Today shows its figures, which means the app runs in the page: Today comes
 * prerendered, so its heading is on screen before the app has taken the page over and listens to
 * anything.
 */
export async function waitForTodayFigures(page: Page): Promise<void> {
	await expect(page.locator('section.summary:not([aria-busy])')).toBeVisible();
}
