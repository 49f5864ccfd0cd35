import { expect, test } from './test';
import { axeViolations } from './axe';
import { endLargeText, sidewaysOverflow, useLargeText } from './large-text';
import es from '../../src/lib/i18n/messages/es.json' with { type: 'json' };
import { screens, screensIn, type Screen } from './screens';

type Theme = 'light' | 'dark';

const phone = { name: 'phone', width: 360, height: 640 } as const;
const laptop = { name: 'laptop', width: 1280, height: 800 } as const;

/**
 * The looks axe checks at the usual text size, after the checks at 200%. The phone in the dark
 * theme is left out: it is the look checked at 200% text.
 */
const usualTextLooks = [
	{ theme: 'dark', viewport: laptop },
	{ theme: 'light', viewport: laptop },
	{ theme: 'light', viewport: phone }
] as const;

// WCAG 1.4.4 and 1.4.10: at 200% text on a 360 px phone, nothing is lost and nothing scrolls sideways.
// Spanish too: its words are longer, so a label that fits in English can push a row off screen.
// Colours do not change with the language, so Spanish is checked in one theme and English in both.
// The English visit also carries axe's checks of every screen at the usual text size, on a phone and
// a laptop: reaching a screen costs a page start-up and often several steps, so it is reached once.
const languages = [
	{ name: '', locale: 'en-US', screens, themes: ['light', 'dark'] as const, usualText: true },
	{
		name: ' in Spanish',
		locale: 'es-MX',
		screens: screensIn(es),
		themes: ['dark'] as const,
		usualText: false
	}
];
for (const { name: language, locale, screens, themes, usualText } of languages) {
	test.describe(`at 200% text${language}`, () => {
		test.use({ locale });
		reflowTests(screens, language, themes, usualText);
	});
}

function reflowTests(
	screens: Screen[],
	language: string,
	themes: readonly Theme[],
	usualText: boolean
) {
	const alsoAxe = usualText
		? ', and no axe violations at the usual size on a phone and a laptop'
		: '';
	// One visit per screen checks every theme: the theme follows the system's colour scheme live.
	for (const screen of screens) {
		test(`${screen.name}${language} fits a 360 px phone at 200% text, ${themes.join(' and ')} theme${alsoAxe}`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: themes[0] });
			await page.setViewportSize(phone);
			// The text is large from the first paint, as a browser's setting makes it.
			await useLargeText(page);
			await screen.open(page);
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
				'32px'
			);
			for (const theme of themes) {
				await page.emulateMedia({ colorScheme: theme });
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				expect.soft(await sidewaysOverflow(page), `${theme} theme`).toEqual([]);
				expect.soft(await axeViolations(page), `${theme} theme`).toEqual([]);
			}
			if (!usualText) return;
			// The same screen at the usual text size; layout follows the window's width live.
			await endLargeText(page);
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
				'16px'
			);
			for (const { theme, viewport } of usualTextLooks) {
				await page.emulateMedia({ colorScheme: theme });
				await page.setViewportSize(viewport);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				expect
					.soft(await axeViolations(page), `usual text, ${theme} theme, ${viewport.name}`)
					.toEqual([]);
			}
		});
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

// Each navigation label is one word in both languages: on a 360 px phone at the usual text size it
// sits on one line, whichever section is current (the current one is bold, so wider).
for (const locale of ['en-US', 'es-MX']) {
	test.describe(`the phone's navigation in ${locale}`, () => {
		test.use({ locale, viewport: { width: phone.width, height: phone.height } });

		test('never breaks a label inside its word', async ({ page }) => {
			for (const path of ['/', '/study', '/sets', '/stats', '/classroom', '/settings']) {
				await page.goto(path);
				const labels = page.getByRole('navigation', { name: /./ }).locator('a span');
				await expect(labels).toHaveCount(6);
				const lines = await labels.evaluateAll((spans) =>
					spans.map((span) => {
						// A flex item is one box: its text's lines are the rectangles of a range over it.
						const text = document.createRange();
						text.selectNodeContents(span);
						return `${span.textContent}: ${text.getClientRects().length}`;
					})
				);
				expect(lines, path).toEqual(lines.map((line) => line.replace(/\d+$/, '1')));
			}
		});
	});
}
