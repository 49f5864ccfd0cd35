import en from '../../src/lib/i18n/messages/en.json' with { type: 'json' };
import es from '../../src/lib/i18n/messages/es.json' with { type: 'json' };
import { expect, test } from './test';

/** The pages drawn at build time: every page that needs no learner data to draw its frame. */
const prerendered = [
	{ path: '/', en: en.today_title, es: es.today_title },
	{ path: '/quiz', en: en.quiz_title, es: es.quiz_title },
	{ path: '/quiz/timeline', en: /Timeline/, es: /Timeline/ },
	{ path: '/sets', en: en.sets_title, es: es.sets_title },
	{ path: '/sets/el-salvador', en: /El Salvador/, es: /El Salvador/ },
	{ path: '/stats', en: en.stats_title, es: es.stats_title }
];

test.describe('an English browser', () => {
	test.use({ locale: 'en-US' });

	test('sees each prerendered page before any of its code has run', async ({ page }) => {
		await page.route('**/_app/**/*.js', (route) => route.abort());
		for (const { path, en: heading } of prerendered) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1, name: heading }), path).toBeVisible();
			await expect(page.getByRole('link', { name: en.nav_settings }), path).toBeVisible();
		}
	});
});

test.describe('a Spanish browser', () => {
	test.use({ locale: 'es-MX' });

	test('is never shown the English a page was prerendered in', async ({ page }) => {
		await page.route('**/_app/**/*.js', (route) => route.abort());
		for (const { path } of prerendered) {
			await page.goto(path);
			const englishLink = page.getByRole('link', { name: en.nav_settings, includeHidden: true });
			await expect(englishLink, path).toBeAttached();
			await expect(englishLink, path).toBeHidden();
		}
	});
});

for (const locale of ['en', 'es'] as const) {
	test.describe(`in ${locale}`, () => {
		test.use({ locale: locale === 'en' ? 'en-US' : 'es-MX' });

		test('the app takes over the prerendered page instead of drawing it again', async ({
			page
		}) => {
			// The first heading the browser parses, kept to compare with the one on screen later.
			await page.addInitScript(() => {
				new MutationObserver((_, observer) => {
					const heading = document.querySelector('h1');
					if (!heading) return;
					Object.assign(window, { parsedHeading: heading });
					observer.disconnect();
				}).observe(document, { childList: true, subtree: true });
			});
			for (const { path, [locale]: heading } of prerendered) {
				await page.goto(path);
				await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
				await expect(page.locator('html'), path).not.toHaveAttribute('data-locale-pending');
				await expect(page.getByRole('heading', { level: 1, name: heading }), path).toBeVisible();
				// Every figure has arrived: the page has run its code against the database.
				await expect(page.locator('[aria-busy="true"]'), path).toHaveCount(0);
				const adopted = await page.evaluate(
					() =>
						(window as unknown as { parsedHeading?: Element }).parsedHeading ===
						document.querySelector('h1')
				);
				expect(adopted, path).toBe(true);
			}
		});
	});
}
