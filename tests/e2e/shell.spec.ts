import { expect, test } from './test';
import { waitForTodayFigures } from './fixtures';

test('the install button appears when the browser offers to install, and uses its prompt', async ({
	page
}) => {
	await page.goto('/');
	const install = page.getByRole('button', { name: 'Install app' });
	await waitForTodayFigures(page);
	await expect(install).toHaveCount(0);

	await page.evaluate(() => {
		const offer = new Event('beforeinstallprompt', { cancelable: true });
		Object.assign(offer, {
			prompt: async () => ((window as unknown as { prompted: boolean }).prompted = true),
			userChoice: Promise.resolve({ outcome: 'accepted' })
		});
		window.dispatchEvent(offer);
	});
	await install.click();
	expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(
		true
	);
	// A prompt can be used once: the button goes away.
	await expect(install).toHaveCount(0);
});

test.describe('on iOS Safari', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
		hasTouch: true,
		viewport: { width: 390, height: 844 }
	});

	test('short Add to Home Screen instructions are shown and can be dismissed', async ({ page }) => {
		await page.goto('/');
		const hint = page.getByRole('complementary', { name: /Install Repaso/ });
		await expect(hint).toContainText('Add to Home Screen');
		await hint.getByRole('button', { name: 'Dismiss' }).click();
		await expect(hint).toHaveCount(0);
	});
});

test('nothing about installing is shown when already running installed', async ({ page }) => {
	await page.addInitScript(() => {
		const realMatchMedia = window.matchMedia.bind(window);
		window.matchMedia = (query: string) =>
			query === '(display-mode: standalone)'
				? ({ ...realMatchMedia(query), matches: true, media: query } as MediaQueryList)
				: realMatchMedia(query);
	});
	await page.goto('/');
	await waitForTodayFigures(page);
	await page.evaluate(() => {
		const offer = new Event('beforeinstallprompt', { cancelable: true });
		Object.assign(offer, {
			prompt: async () => {},
			userChoice: Promise.resolve({ outcome: 'dismissed' })
		});
		window.dispatchEvent(offer);
	});
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
});

test('the chosen theme is remembered across visits', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/settings');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('settings are saved, and an out-of-range value is refused with its reason', async ({
	page
}) => {
	await page.goto('/settings');
	const limit = page.getByLabel('Daily new cards');
	await limit.fill('7');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.')).toBeVisible();
	await page.reload();
	await expect(limit).toHaveValue('7');

	await page.getByLabel('Desired retention (%)').fill('99');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(
		page.getByText('Desired retention (%) must be between 70 and 97. Nothing was saved.')
	).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Desired retention (%)')).toHaveValue('90');
});
