/**
 * `npm run bench`: builds the bench page, serves it, and times the storage and scheduling work of
 * the app in real Chromium with a real on-disk profile (a Playwright context without one keeps
 * IndexedDB in memory, which would make every write look free).
 *
 * Options: --sizes 1000,10000,50000 (cards; 20 reviews each, roughly) --runs 30 --slow-runs 5
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { startStaticServer } from '../../tests/static-server.ts';
import { chromiumArgs, findChromium, missingBrowserMessage } from '../find-browser.js';
import type { DatasetInfo, DatasetRequest, MeasureRequest } from './protocol.ts';
import { operationsTable, scalingTable, type SizedRun } from './summary.ts';
import { benchOutput } from './vite.config.ts';

/** The size the targets are set for. */
const referenceCards = 10_000;
/** The learner's time zone: the app's first users are in Mexico and Central America. */
const timezoneId = 'America/Mexico_City';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,10000,50000' },
		runs: { type: 'string', default: '30' },
		'slow-runs': { type: 'string', default: '5' }
	}
});
const sizes = values.sizes.split(',').map(Number);
const measureRequest: MeasureRequest = {
	fastRuns: Number(values.runs),
	slowRuns: Number(values['slow-runs']),
	warmupShare: 0.2
};

const executablePath = findChromium();
if (!executablePath) {
	console.error(missingBrowserMessage);
	process.exit(1);
}

function describe(info: DatasetInfo): string {
	const { cardsByState: s } = info;
	const mb = info.storedBytes === null ? '?' : (info.storedBytes / 1e6).toFixed(0);
	return [
		`${info.cards.toLocaleString('en')} cards (new ${s.new}, learning ${s.learning}, review ${s.review}, relearning ${s.relearning}),`,
		`${info.reviews.toLocaleString('en')} reviews (${info.reviewsToday} today), queue ${info.queueLength};`,
		`${mb} MB on disk; generated in ${(info.generateMs / 1000).toFixed(1)} s, written in ${(info.writeMs / 1000).toFixed(1)} s`
	].join(' ');
}

async function benchPage(page: Page, url: string, cards: number, now: Date): Promise<SizedRun> {
	// A fresh page per size, so one size's garbage never slows the next.
	await page.goto(url);
	await page.waitForFunction(() => window.repasoBench !== undefined);
	const request: DatasetRequest = { cards, seed: cards, now: now.toISOString() };
	const info = await page.evaluate((request) => {
		if (!window.repasoBench) throw new Error('bench page not loaded');
		return window.repasoBench.prepare(request);
	}, request);
	console.log(describe(info));
	const operations = await page.evaluate((request) => {
		if (!window.repasoBench) throw new Error('bench page not loaded');
		return window.repasoBench.measure(request);
	}, measureRequest);
	return { info, operations };
}

console.log('Building the bench page…');
await build({ configFile: join(import.meta.dirname, 'vite.config.ts') });
const server = await startStaticServer(benchOutput);
const profile = mkdtempSync(join(tmpdir(), 'repaso-bench-'));
const context = await chromium.launchPersistentContext(profile, {
	executablePath,
	args: chromiumArgs,
	headless: true,
	timezoneId
});
const runs: SizedRun[] = [];
try {
	const page = context.pages()[0] ?? (await context.newPage());
	page.on('console', (message) => console.log(`  [page] ${message.text()}`));
	const now = new Date();
	for (const cards of sizes) {
		console.log(`\n## ${cards.toLocaleString('en')} cards`);
		const run = await benchPage(page, `${server.url}/index.html`, cards, now);
		runs.push(run);
		console.log(`\n${operationsTable(run.operations)}`);
	}
} finally {
	await context.close();
	await server.close();
	rmSync(profile, { recursive: true, force: true });
}

const reference = runs.find((run) => run.info.cards === referenceCards);
if (reference) {
	console.log(`\n## Targets (${referenceCards.toLocaleString('en')} cards)\n`);
	console.log(operationsTable(reference.operations));
}
if (runs.length > 1) {
	console.log('\n## Growth with data size (medians)\n');
	console.log(scalingTable(runs));
}
writeFileSync(join(benchOutput, 'results.json'), JSON.stringify(runs, null, '\t'));
console.log(`\nRaw samples: ${join(benchOutput, 'results.json')}`);
