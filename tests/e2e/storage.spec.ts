import { expect, test } from './test';
import { waitForTodayFigures } from './fixtures';

test('a browser that refuses storage gets a clear screen, not a blank page', async ({ page }) => {
	await page.addInitScript(() => {
		// As some private modes do: merely reading indexedDB throws.
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException('Storage is disabled', 'SecurityError');
			}
		});
	});
	await page.goto('/');
	const problem = page.getByRole('alert').filter({ hasText: 'cannot use this device' });
	await expect(problem).toBeVisible();
	await expect(problem).toContainText('private window');
	await expect(problem.getByRole('button', { name: 'Reload' })).toBeVisible();
	// The rest of the app shell still works.
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('when another tab upgrades the database, this tab lets go and asks for a reload', async ({
	page,
	context
}) => {
	await page.goto('/');
	// Today's figures mean this tab holds the database open (its heading is there before: prerendered).
	await waitForTodayFigures(page);

	const other = await context.newPage();
	await other.goto('/take');
	// A newer version of the app opening the database in the other tab, one version up.
	const { current, upgraded } = await other.evaluate(async () => {
		const open = (version?: number) =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('repaso', version);
				request.onsuccess = () => {
					resolve(request.result.version);
					request.result.close();
				};
				request.onerror = () => reject(request.error);
			});
		const current = await open();
		return { current, upgraded: await open(current + 1) };
	});
	// Only possible because the first tab closed its connection instead of blocking the upgrade.
	expect(upgraded).toBe(current + 1);
	const notice = page.getByRole('alert').filter({ hasText: 'Reload the page' });
	await expect(notice).toBeVisible();
	await expect(notice.getByRole('button', { name: 'Reload now' })).toBeVisible();
});
