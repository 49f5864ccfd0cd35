/**
 * Prints what a first visit to `/` downloads from the built app, per file and in total, raw and
 * gzip-compressed, against the budget. Run after `npm run build`: `npm run size`.
 */
import { chromium } from '@playwright/test';
import { startStaticServer } from '../tests/static-server.ts';
import { chromiumArgs, findChromium, missingBrowserMessage } from './find-browser.js';
import {
	codeTotals,
	firstLoadBudget,
	firstLoadCeiling,
	measureFirstLoad
} from './perf/first-load.ts';

const executablePath = findChromium();
if (!executablePath) {
	console.error(missingBrowserMessage);
	process.exit(1);
}

const server = await startStaticServer('build');
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const files = await measureFirstLoad(browser, server.url);
// A Spanish browser loads the first screen's text in Spanish instead of English, so its figure
// differs a little; only the English figure holds the budget.
const spanish = codeTotals(await measureFirstLoad(browser, server.url, 'es-MX'));
await browser.close();
await server.close();

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log('file'.padEnd(60), 'raw KB'.padStart(8), 'gzip KB'.padStart(8));
for (const file of files) {
	console.log(file.path.padEnd(60), kb(file.raw).padStart(8), kb(file.gzip).padStart(8));
}
const total = (key: 'raw' | 'gzip') => files.reduce((sum, file) => sum + file[key], 0);
console.log('total'.padEnd(60), kb(total('raw')).padStart(8), kb(total('gzip')).padStart(8));
const code = codeTotals(files);
console.log(
	`JavaScript and CSS: ${kb(code.gzip)} KB gzip in ${code.requests} files`,
	`(budget ${kb(firstLoadBudget.codeGzipBytes)} KB in ${firstLoadBudget.codeRequests};`,
	`ceiling held by the size test ${kb(firstLoadCeiling.codeGzipBytes)} KB in ${firstLoadCeiling.codeRequests})`
);
console.log(
	`With a Spanish browser (es-MX): ${kb(spanish.gzip)} KB gzip in ${spanish.requests} files`
);
