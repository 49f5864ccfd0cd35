import en from '../../src/lib/i18n/messages/en.json' with { type: 'json' };
import es from '../../src/lib/i18n/messages/es.json' with { type: 'json' };
import { expect, test } from './test';

// The first screen's text comes one language at a time, so choosing a language may need a file.
// If that file cannot be had (an update replaced it, say, with the network off), nothing changes
// and the learner is told why.
test.use({ locale: 'en-US', serviceWorkers: 'block' });

test('a language that cannot be loaded leaves the interface as it was, and says so', async ({
	page
}) => {
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, name: en.settings_title })).toBeVisible();

	await page.route('**/_app/immutable/**', (route) => route.abort());
	// A click, not check(): the radio goes back as soon as the load fails, which may be at once.
	await page.getByRole('radio', { name: 'Español' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: /^Español could not be loaded/ })
	).toHaveText(en.language_not_loaded.replace('{language}', 'Español'));
	await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Español' })).not.toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1, name: en.settings_title })).toBeVisible();
	// Nothing was kept on the device either.
	expect(await page.evaluate(() => localStorage.getItem('repaso-locale'))).toBeNull();

	// Once the file can be had, the same choice works, and the message goes.
	await page.unroute('**/_app/immutable/**');
	await page.getByRole('radio', { name: 'Español' }).check();
	await expect(page.getByRole('heading', { level: 1, name: es.settings_title })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /Español/ })).toHaveCount(0);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});
