/**
 * Prints what a first visit to `/` downloads from the built app, per file and in total, raw and
 * gzip-compressed (as a static host serves it). Run after `npm run build`: `npm run size`.
 */
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../tests/static-server.ts';
import { chromiumArgs, findChromium, missingBrowserMessage } from './find-browser.js';

const executablePath = findChromium();
if (!executablePath) {
	console.error(missingBrowserMessage);
	process.exit(1);
}

const server = await startStaticServer('build');
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
// No service worker: measure the network, not the precache that the worker fills afterwards.
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
const files: { path: string; raw: number; gzip: number }[] = [];
page.on('response', async (response) => {
	const body = await response.body().catch(() => null);
	if (!body) return;
	files.push({
		path: new URL(response.url()).pathname,
		raw: body.length,
		gzip: gzipSync(body, { level: 9 }).length
	});
});
await page.goto(server.url, { waitUntil: 'networkidle' });
await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
await browser.close();
await server.close();

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
files.sort((a, b) => b.gzip - a.gzip);
console.log('file'.padEnd(60), 'raw KB'.padStart(8), 'gzip KB'.padStart(8));
for (const file of files) {
	console.log(file.path.padEnd(60), kb(file.raw).padStart(8), kb(file.gzip).padStart(8));
}
const total = (key: 'raw' | 'gzip') => files.reduce((sum, file) => sum + file[key], 0);
console.log('total'.padEnd(60), kb(total('raw')).padStart(8), kb(total('gzip')).padStart(8));
