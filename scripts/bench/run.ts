/**
 * `npm run bench`: builds the bench page, serves it, and times the storage and scheduling work of
 * the app in real Chromium with a real on-disk profile (a Playwright context without one keeps
 * IndexedDB in memory, which would make every write look free). See docs/performance.md.
 *
 * Options: --sizes 1000,10000,50000 (cards, about 20 reviews each) --runs 30 --slow-runs 5
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { startStaticServer } from '../../tests/static-server.ts';
import { chromiumArgs, findChromium, missingBrowserMessage } from '../find-browser.js';
import type { DatasetInfo, OperationTiming, RunPlan } from './protocol.ts';
import { operationsTable, scalingTable, type SizedRun } from './summary.ts';

/** The size the targets are set for. */
const referenceCards = 10_000;
/** The learner's time zone: the app's first users are in Mexico and Central America. */
const timezoneId = 'America/Mexico_City';
/** Git-ignored; the page itself is built to a temporary folder, which `npm run test:e2e` cannot wipe. */
const resultsFile = 'tests/.output/bench-results.json';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,10000,50000' },
		runs: { type: 'string', default: '30' },
		'slow-runs': { type: 'string', default: '5' }
	}
});
const sizes = values.sizes.split(',').map(Number);
const plans: Record<'quick' | 'slow', RunPlan> = {
	quick: { runs: Number(values.runs), warmup: 5, minRuns: 3, budgetMs: 60_000 },
	slow: { runs: Number(values['slow-runs']), warmup: 1, minRuns: 1, budgetMs: 300_000 }
};

function describe(info: DatasetInfo): string {
	const { cardsByState: s } = info;
	const mb = info.storedBytes === null ? '?' : (info.storedBytes / 1e6).toFixed(0);
	return [
		`${info.cards.toLocaleString('en')} cards (new ${s.new}, learning ${s.learning}, review ${s.review}, relearning ${s.relearning}),`,
		`${info.reviews.toLocaleString('en')} reviews (${info.reviewsToday} today), queue ${info.queueLength};`,
		`${mb} MB on disk; generated in ${(info.generateMs / 1000).toFixed(1)} s, written in ${(info.writeMs / 1000).toFixed(1)} s`
	].join(' ');
}

/** Other work on a shared machine skews every figure: say how busy it was. */
function load(): string {
	return loadavg()
		.map((average) => average.toFixed(1))
		.join(' / ');
}

function messageOf(error: unknown): string {
	return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

function failure(name: string, error: string): OperationTiming {
	return { name, targetMs: null, samples: [], parts: [], error };
}

/** One size on a fresh page, so one size's garbage never slows the next and a crash ends only it. */
async function benchSize(context: BrowserContext, url: string, cards: number, now: Date) {
	const page = await context.newPage();
	page.on('console', (message) => console.log(`  [page] ${message.text()}`));
	try {
		await page.goto(url);
		await page.waitForFunction(() => window.repasoBench !== undefined);
		const request = { cards, seed: cards, now: now.toISOString() };
		const info = await page.evaluate((request) => window.repasoBench?.prepare(request), request);
		if (!info) throw new Error('the bench page did not load');
		console.log(describe(info));
		const operations: OperationTiming[] = [];
		const list = await page.evaluate(() => window.repasoBench?.operations() ?? []);
		for (const { name, speed } of list) {
			console.log(`  measuring ${name}…`);
			const timing = await page
				.evaluate((args) => window.repasoBench?.measure(args.name, args.plan), {
					name,
					plan: plans[speed]
				})
				.catch((error: unknown) => failure(name, messageOf(error)));
			operations.push(timing ?? failure(name, 'the bench page went away'));
		}
		return { info, operations };
	} finally {
		await page.close().catch(() => undefined);
	}
}

const executablePath = findChromium();
if (!executablePath) {
	console.error(missingBrowserMessage);
	process.exit(1);
}

const site = mkdtempSync(join(tmpdir(), 'repaso-bench-site-'));
const profile = mkdtempSync(join(tmpdir(), 'repaso-bench-profile-'));
console.log('Building the bench page…');
await build({ configFile: join(import.meta.dirname, 'vite.config.ts'), build: { outDir: site } });
const server = await startStaticServer(site);
const context = await chromium.launchPersistentContext(profile, {
	executablePath,
	args: chromiumArgs,
	headless: true,
	timezoneId
});
const runs: SizedRun[] = [];
try {
	const now = new Date();
	console.log(`Load average (1 / 5 / 15 min) at the start: ${load()}`);
	for (const cards of sizes) {
		console.log(`\n## ${cards.toLocaleString('en')} cards`);
		const run = await benchSize(context, `${server.url}/index.html`, cards, now);
		runs.push(run);
		console.log(`\n${operationsTable(run.operations)}\n\nLoad average (1 / 5 / 15 min): ${load()}`);
	}
} finally {
	await context.close();
	await server.close();
	rmSync(profile, { recursive: true, force: true });
	rmSync(site, { recursive: true, force: true });
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
mkdirSync('tests/.output', { recursive: true });
writeFileSync(resultsFile, JSON.stringify({ date: new Date().toISOString(), runs }, null, '\t'));
console.log(`\nRaw samples: ${resultsFile}`);
