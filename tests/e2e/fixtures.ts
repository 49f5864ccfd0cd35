import type { Page } from '@playwright/test';

/** Every route of the app, with the heading it must show (sets are opened by one sample id). */
export const routes = [
	{ path: '/', heading: 'Today' },
	{ path: '/study', heading: 'Study' },
	{ path: '/study/honduras', heading: /Honduras/ },
	{ path: '/quiz', heading: 'Quiz' },
	{ path: '/quiz/timeline', heading: /Timeline/ },
	{ path: '/sets', heading: 'Sets' },
	{ path: '/sets/el-salvador', heading: /El Salvador/ },
	{ path: '/stats', heading: 'Statistics' },
	{ path: '/settings', heading: 'Settings' },
	{ path: '/classroom', heading: 'Classroom' },
	{ path: '/take', heading: 'Take a quiz' }
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
