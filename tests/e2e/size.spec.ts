import en from '../../src/lib/i18n/messages/en.json' with { type: 'json' };
import es from '../../src/lib/i18n/messages/es.json' with { type: 'json' };
import { codeTotals, firstLoadCeiling, measureFirstLoad } from '../../scripts/perf/first-load.ts';
import { expect, test } from './test';

// Sizes are deterministic for a given build, so this holds the line without timing anything.
test('the first load of / grows no heavier than its ceiling', async ({ browser, baseURL }) => {
	const files = await measureFirstLoad(browser, baseURL!);
	const code = codeTotals(files);
	const listing = files.map((file) => `${file.path} ${file.gzip}`).join('\n');
	expect(code.gzip, listing).toBeLessThanOrEqual(firstLoadCeiling.codeGzipBytes);
	expect(code.requests, listing).toBeLessThanOrEqual(firstLoadCeiling.codeRequests);
});

/** Messages Today and the layout show, with no inputs, whose texts differ between languages. */
const firstScreenMessages = [
	'app_tagline',
	'skip_to_content',
	'offline_explainer',
	'today_nothing_due',
	'course_heading'
] as const;

for (const [locale, own, other] of [
	['en-US', en, es],
	['es-MX', es, en]
] as const) {
	test(`the first load in ${locale} carries the interface text in that language only`, async ({
		browser,
		baseURL
	}) => {
		const files = await measureFirstLoad(browser, baseURL!, locale);
		const code = files.map((file) => file.code ?? '').join('\n');
		for (const key of firstScreenMessages) {
			expect(code, `${key} in its own language`).toContain(own[key]);
			expect(code, `${key} in the other language`).not.toContain(other[key]);
		}
	});
}
