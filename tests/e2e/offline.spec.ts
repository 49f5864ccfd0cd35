import { expect, test } from './test';
import { routes, waitForServiceWorker } from './fixtures';
import { answerShownQuestion } from './answering';
import { readDatabase } from './database';

// These tests are about the service worker itself.
test.use({ serviceWorkers: 'allow' });

test('after the first visit every route loads from the service worker with the network off', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);

	await context.setOffline(true);
	// Any request that reaches the network now would fail: proof that the worker answers them all.
	// A request the page itself drops is not one: leaving a screen cancels what it was still
	// loading (a chart's code, say), whatever answers it.
	const networkFailures: string[] = [];
	context.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText;
		if (reason !== 'net::ERR_ABORTED') networkFailures.push(`${request.url()} ${reason}`);
	});

	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	for (const route of routes) {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
	}

	// A deep link opened cold in a new tab, still offline.
	const fresh = await context.newPage();
	await fresh.goto('/sets/honduras');
	await expect(fresh.getByRole('heading', { level: 1, name: /Honduras/ })).toBeVisible();
	expect(networkFailures).toEqual([]);
});

test('after a first visit of Today alone, study writes the cards and grades with the network off', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await expect(page.getByRole('link', { name: 'Study now' })).toBeVisible();
	// Today's first visit writes no card (and loads no code to write them): that waits for a page
	// that reads them, here offline, with its code from the service worker's cache.
	expect((await readDatabase(page)).cards).toEqual([]);

	await context.setOffline(true);
	await page.getByRole('link', { name: 'Study now' }).click();
	await answerShownQuestion(page);
	await page.keyboard.press('3');
	await expect(page.getByText('1 reviewed')).toBeVisible();
	const stored = await readDatabase(page);
	expect(stored.cards.length).toBeGreaterThan(0);
	expect(stored.reviews).toHaveLength(1);
});

test('the offline badge follows what the browser says about the network', async ({ page }) => {
	// Some Chromium builds keep navigator.onLine true under emulated offline after a reload, so the
	// browser's own signal is simulated here: the property it reports and the event it fires.
	await page.addInitScript(() => {
		let online = true;
		Object.defineProperty(Navigator.prototype, 'onLine', { get: () => online });
		(window as unknown as { setOnline: (value: boolean) => void }).setOnline = (value) => {
			online = value;
			window.dispatchEvent(new Event(value ? 'online' : 'offline'));
		};
	});
	await page.goto('/');
	const badge = page.getByRole('status').filter({ hasText: 'You are offline' });
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await expect(badge).toHaveCount(0);

	await page.evaluate(() =>
		(window as unknown as { setOnline: (v: boolean) => void }).setOnline(false)
	);
	await expect(badge).toBeVisible();
	await page.evaluate(() =>
		(window as unknown as { setOnline: (v: boolean) => void }).setOnline(true)
	);
	await expect(badge).toHaveCount(0);
});

test('in-app navigation works offline too', async ({ page, context }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await context.setOffline(true);

	const nav = page.getByRole('navigation', { name: 'Main' });
	await nav.getByRole('link', { name: 'Sets' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Sets' })).toBeVisible();
	await nav.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
});
