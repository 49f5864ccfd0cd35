import { expect, test } from './test';
import { waitForServiceWorker } from './fixtures';

const unknown = ['/sets/nope', '/quiz/nope', '/study/nope', '/anything/deep/x', '/a/b/c/d/e'];

test('an unknown URL at any depth shows the app’s own not-found page with a way back', async ({
	page
}) => {
	// Every asset the page asks for must load: a relative path under the route would 404 here.
	const failed: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400 && response.request().resourceType() !== 'document') {
			failed.push(`${response.status()} ${response.url()}`);
		}
	});
	for (const path of unknown) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await expect(page.getByText(`There is nothing at ${path}.`)).toBeVisible();
		// In the app's layout: the main navigation is there.
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	}
	expect(failed).toEqual([]);

	await page.getByRole('link', { name: 'Go to Today' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('an unknown set followed from inside the app shows the not-found page', async ({ page }) => {
	// Settings is drawn in the browser, so its heading means the app runs. A prerendered page shows
	// its heading before that, and the app would take the page over after the link was added.
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await page.evaluate(() => {
		const link = document.createElement('a');
		link.href = '/study/nope';
		link.textContent = 'broken link';
		document.querySelector('main')?.append(link);
	});
	await page.getByRole('link', { name: 'broken link' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await page.getByRole('link', { name: 'Browse the sets' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Sets' })).toBeVisible();
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the service worker answers unknown URLs with the not-found page', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await context.setOffline(true);
		const failures: string[] = [];
		context.on('requestfailed', (request) => failures.push(request.url()));

		for (const path of unknown) {
			const fresh = await context.newPage();
			await fresh.goto(path);
			await expect(fresh.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
			await expect(fresh.getByRole('link', { name: 'Go to Today' })).toBeVisible();
			await fresh.close();
		}
		// Known deep links still open their own page, not the fallback.
		await page.goto('/quiz/timeline');
		await expect(page.getByRole('heading', { level: 1, name: /Timeline/ })).toBeVisible();
		expect(failures).toEqual([]);
	});
});
