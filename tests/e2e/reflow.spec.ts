import { expect, test } from './test';
import { axeViolations } from './axe';
import { sidewaysOverflow, useLargeText } from './large-text';
import es from '../../src/lib/i18n/messages/es.json' with { type: 'json' };
import { screens, screensIn, type Screen } from './screens';

// WCAG 1.4.4 and 1.4.10: at 200% text on a 360 px phone, nothing is lost and nothing scrolls sideways.
// Spanish too: its words are longer, so a label that fits in English can push a row off screen.
const languages = [
	{ name: '', locale: 'en-US', screens },
	{ name: ' in Spanish', locale: 'es-MX', screens: screensIn(es) }
];
for (const { name: language, locale, screens } of languages) {
	test.describe(`at 200% text${language}`, () => {
		test.use({ locale });
		reflowTests(screens, language);
	});
}

function reflowTests(screens: Screen[], language: string) {
	for (const theme of ['light', 'dark'] as const) {
		for (const screen of screens) {
			test(`${screen.name}${language} fits a 360 px phone at 200% text, ${theme} theme`, async ({
				page
			}) => {
				await page.setViewportSize({ width: 360, height: 640 });
				await page.addInitScript((choice) => localStorage.setItem('repaso-theme', choice), theme);
				await useLargeText(page);
				await screen.open(page);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
					'32px'
				);
				expect(await sidewaysOverflow(page)).toEqual([]);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	}
}

test('the phone navigation keeps all six links on screen at 200% text', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	await useLargeText(page);
	await page.goto('/settings');
	const nav = page.getByRole('navigation', { name: 'Main' });
	for (const name of ['Today', 'Study', 'Sets', 'Stats', 'Classroom', 'Settings']) {
		const box = await nav.getByRole('link', { name }).boundingBox();
		expect(box, name).not.toBeNull();
		expect(box!.x, name).toBeGreaterThanOrEqual(0);
		expect(box!.x + box!.width, name).toBeLessThanOrEqual(360);
		expect(box!.y + box!.height, name).toBeLessThanOrEqual(640);
	}
	// The end of the page is never hidden behind the bar.
	await page.keyboard.press('End');
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	const last = page.locator('main > *').last();
	const navTop = (await nav.boundingBox())!.y;
	const lastBox = (await last.boundingBox())!;
	expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(navTop);
});
