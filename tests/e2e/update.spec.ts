import { expect, test } from './test';
import { buildFolder, startStaticServer, type StaticServer } from '../static-server';
import { waitForServiceWorker } from './fixtures';

// These tests are about the service worker itself.
test.use({ serviceWorkers: 'allow' });

let server: StaticServer;

test.beforeAll(async () => {
	server = await startStaticServer(buildFolder('e2e-a'));
});

test.afterAll(async () => {
	await server.close();
});

test('a new version waits, keeps what was typed, and loads after Reload', async ({ page }) => {
	await page.goto(`${server.url}/settings`);
	await waitForServiceWorker(page);
	await expect(page.getByText('Build e2e-a')).toBeVisible();

	const field = page.getByLabel('Daily new cards');
	await field.fill('17');
	await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));

	server.serve(buildFolder('e2e-b'));
	// Coming back to the tab makes the app look for a new version.
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

	const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
	await expect(prompt).toBeVisible({ timeout: 20_000 });
	// Nothing reloaded by itself: the page, and what was typed, are still there.
	expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
		'same page'
	);
	await expect(field).toHaveValue('17');
	await expect(page.getByText('Build e2e-a')).toBeVisible();

	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(page.getByText('Build e2e-b')).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as { marker?: string }).marker)
	).toBeUndefined();
});
