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
