import { expect, test } from '@playwright/test';
import { routes, waitForServiceWorker } from './fixtures';

// These tests are about the service worker itself.
test.use({ serviceWorkers: 'allow' });

test('after the first visit every route works with the network off', async ({ page, context }) => {
	await page.goto('/');
	await waitForServiceWorker(page);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();

	for (const route of routes) {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
	}

	// A deep link opened cold in a new tab, still offline.
	const fresh = await context.newPage();
	await fresh.goto('/sets/honduras');
	await expect(fresh.getByRole('heading', { level: 1, name: /Honduras/ })).toBeVisible();
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
