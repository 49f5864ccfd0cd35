/**
 * app.html's inline script hides the prerendered English page from a learner who reads another
 * language. It cannot import pickLocale, so this checks that it decides as pickLocale does.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { baseLocale, localeStorageKey, locales, pickLocale } from './locales';

const template = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');
const headScript = /<script>([\s\S]*?)<\/script>/.exec(template)?.[1] ?? '';

/** Runs the script as a browser would before the first paint; true when it hid the page. */
function hidesPage(
	stored: string | null,
	preferred: readonly string[] | undefined,
	language = 'fr-FR'
): boolean {
	const dataset: Record<string, string> = {};
	runInNewContext(headScript, {
		document: { documentElement: { dataset } },
		localStorage: {
			getItem: (key: string) => (key === localeStorageKey ? stored : null)
		},
		matchMedia: () => ({ matches: false }),
		navigator: { languages: preferred, language }
	});
	return 'localePending' in dataset;
}

const storedChoices = [null, 'xx', ...locales];
const browserLanguages: (readonly string[])[] = [
	[],
	['fr-FR'],
	['fr', 'de'],
	...locales.flatMap((locale) => [[locale], [`${locale.toUpperCase()}-MX`], ['fr-FR', locale]]),
	['en-US', 'es-MX'],
	['es-419', 'en']
];

describe("app.html's language check", () => {
	it('hides the page exactly when pickLocale chooses a language other than the base', () => {
		for (const stored of storedChoices) {
			for (const preferred of browserLanguages) {
				const expected = pickLocale(stored, preferred) !== baseLocale;
				expect(hidesPage(stored, preferred), `${stored} ${preferred.join(',')}`).toBe(expected);
			}
		}
	});

	it('reads navigator.language when the browser has no language list', () => {
		expect(hidesPage(null, undefined, 'es-MX')).toBe(true);
		expect(hidesPage(null, undefined, 'en-GB')).toBe(false);
	});

	it('shows the page when storage cannot be read', () => {
		const dataset: Record<string, string> = {};
		runInNewContext(headScript, {
			document: { documentElement: { dataset } },
			localStorage: {
				getItem: () => {
					throw new Error('denied');
				}
			},
			matchMedia: () => ({ matches: false }),
			navigator: { languages: ['en-US'] }
		});
		expect(dataset).toEqual({ theme: 'light' });
	});
});
