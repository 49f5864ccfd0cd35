/**
 * What a first visit to `/` downloads: every response, raw and gzip-compressed (as a static host
 * serves it). Shared by `npm run size`, `npm run perf` and the size test, which holds the budget.
 */
import type { Browser } from '@playwright/test';
import { gzipSync } from 'node:zlib';

export interface LoadedFile {
	path: string;
	raw: number;
	gzip: number;
	/** The file's text, for scripts and styles only. */
	code?: string;
	/** Scripts and styles written inside a page: code, but no request of their own. */
	inline?: boolean;
}

/** The first load of `/`: its JavaScript and CSS, gzip, and how many files they take. */
export const firstLoadBudget = { codeGzipBytes: 60 * 1024, codeRequests: 12 };

/**
 * What the first load may not exceed today, held by the size test: it stops the first load from
 * growing back, and comes down as the first load does. It was 96.4 KB in 33 files until the chunk groups
 * (scripts/chunk-groups.ts) gave everything the first page needs one chunk of its own: 80.4 KB
 * in 9 files. Then 74.1 KB in 8, once the first page carried only the messages it shows (in both
 * languages) instead of every message of the active one. Since `/` is drawn before the database is
 * opened, the code that opens and seeds it and reads Today's figures comes after the first paint,
 * in a chunk of its own: 73.5 KB in 9 files, of which the first paint waits for about 55 KB.
 * Then 72.3 KB in 10, once the first screen's text came in the learner's language only
 * (scripts/first-load-text.ts): one more, small file. Then 58.9 KB in 10, within the budget, once
 * a first visit of Today no longer wrote the cards: it opens the database (5.3 KB after the first
 * paint) and draws its figures from the set index, and the scheduler, valibot and the storage
 * writers load with the first page that reads the cards (src/lib/app/first-visit.ts). Since the
 * pages are drawn at build time, the first page's styles come inside it; the page's inline
 * scripts and styles are counted from then on (they were not before: about 0.7 KB of scripts),
 * which gives 59.8 KB in 9 files.
 */
export const firstLoadCeiling = { codeGzipBytes: 60 * 1024, codeRequests: 9 };

/**
 * Scripts and styles, in files or inside a page: what the budget counts (the page's own content,
 * icons and the manifest are not code).
 */
export function isCode(file: Pick<LoadedFile, 'path' | 'inline'>): boolean {
	return file.inline === true || /\.(js|css)$/.test(file.path);
}

/** A page's inline scripts and styles, as one entry (compressed on their own: an upper bound). */
function inlineCode(path: string, html: string): LoadedFile[] {
	const blocks = [...html.matchAll(/<(script|style)\b[^>]*>([\s\S]*?)<\/\1>/g)].map(
		([, , body]) => body
	);
	if (blocks.length === 0) return [];
	const body = Buffer.from(blocks.join('\n'));
	const code = body.toString('utf8');
	const gzip = gzipSync(body, { level: 9 }).length;
	return [
		{ path: `${path} (inline scripts and styles)`, raw: body.length, gzip, code, inline: true }
	];
}

export async function measureFirstLoad(
	browser: Browser,
	url: string,
	locale = 'en-US'
): Promise<LoadedFile[]> {
	// No service worker: measure the network, not the precache that the worker fills afterwards.
	const context = await browser.newContext({ serviceWorkers: 'block', locale });
	const page = await context.newPage();
	const pending: Promise<LoadedFile[]>[] = [];
	page.on('response', (response) => {
		pending.push(
			response.body().then(
				(body) => {
					const path = new URL(response.url()).pathname;
					const file = { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
					if (isCode(file)) return [{ ...file, code: body.toString('utf8') }];
					if (response.request().resourceType() === 'document') {
						return [file, ...inlineCode(path, body.toString('utf8'))];
					}
					return [file];
				},
				() => []
			)
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.locator('h1').first().waitFor();
	const files = (await Promise.all(pending)).flat();
	await context.close();
	return files.sort((a, b) => b.gzip - a.gzip);
}

export function codeTotals(files: readonly LoadedFile[]): { gzip: number; requests: number } {
	const code = files.filter(isCode);
	return {
		gzip: code.reduce((sum, file) => sum + file.gzip, 0),
		requests: code.filter((file) => !file.inline).length
	};
}
