/**
 * `npm run perf`: builds the app, serves it as a static host would, and prints what a learner
 * feels, against the budgets: Lighthouse (mobile preset) on five pages, the first load's size, a
 * grade to the next card, a tap to its feedback (also with the CPU 4× slower), a cold start with the
 * network off, and the JS heap after a 200-card session. docs/performance.md keeps the figures.
 *
 * Options: --runs 3 (Lighthouse runs per page; the median is shown) --samples 20 --no-build
 * --skip-lighthouse --pages /study,/stats (Lighthouse on these pages only) --lighthouse-only
 * --folder <dir> (serve that build instead of building: a copy of an earlier build, to compare two
 * builds by running them in turn)
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { answerShownQuestion } from '../../tests/e2e/answering.ts';
import { startStaticServer } from '../../tests/static-server.ts';
import { chromiumArgs, findChromium, missingBrowserMessage } from '../find-browser.js';
import { codeTotals, firstLoadBudget, measureFirstLoad } from './first-load.ts';
import {
	coldStartToFirstQuestion,
	gradeToNextCard,
	heapUsed,
	setDailyNewLimit,
	startTrueFalseQuiz,
	tapToFeedback
} from './interactions.ts';
import { runLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { median } from './median.ts';

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		samples: { type: 'string', default: '20' },
		'no-build': { type: 'boolean', default: false },
		'skip-lighthouse': { type: 'boolean', default: false },
		pages: { type: 'string' },
		'lighthouse-only': { type: 'boolean', default: false },
		folder: { type: 'string' }
	}
});
const runs = Number(values.runs);
const samples = Number(values.samples);
/** A set with true-or-false questions, so the quiz timing knows which button to tap. */
const quizSet = 'tariff-threat';
const lighthousePages = values.pages?.split(',') ?? [
	'/',
	'/study',
	`/quiz/${quizSet}`,
	`/sets/${quizSet}`,
	'/stats'
];
const phone = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };

const executablePath = findChromium();
if (!executablePath) {
	console.error(missingBrowserMessage);
	process.exit(1);
}
if (!values['no-build'] && !values.folder)
	execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

interface Row {
	measure: string;
	figure: string;
	budget: string;
	met: boolean | null;
}
const rows: Row[] = [];
function record(measure: string, figure: string, budget = '', met: boolean | null = null) {
	rows.push({ measure, figure, budget, met });
	console.log(`${measure}: ${figure}${budget ? ` (budget ${budget})` : ''}`);
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

async function lighthouseTable(url: string) {
	const port = await freePort();
	const browser = await chromium.launch({
		executablePath,
		args: [...chromiumArgs, `--remote-debugging-port=${port}`]
	});
	for (const path of lighthousePages) {
		const figures: LighthouseFigures[] = [];
		for (let run = 0; run < runs; run++) figures.push(await runLighthouse(url + path, port));
		const mid = (key: keyof LighthouseFigures) => median(figures.map((figure) => figure[key]));
		const scores = `performance ${mid('performance')}, accessibility ${mid('accessibility')}, best practices ${mid('bestPractices')}`;
		const met =
			mid('performance') >= 0.95 && mid('accessibility') === 1 && mid('bestPractices') === 1;
		record(`Lighthouse ${path}`, scores, '≥ 0.95, 1, 1', met);
		record(
			`Lighthouse ${path}: FCP, LCP, TBT`,
			`${ms(mid('fcpMs'))}, ${ms(mid('lcpMs'))}, ${ms(mid('tbtMs'))}`,
			path === '/' ? 'LCP ≤ 1,200 ms' : '',
			path === '/' ? mid('lcpMs') <= 1200 : null
		);
	}
	await browser.close();
}

async function firstLoad(browser: Browser, url: string) {
	const code = codeTotals(await measureFirstLoad(browser, url));
	record(
		'First load of /: JavaScript and CSS, gzip',
		`${(code.gzip / 1024).toFixed(1)} KB in ${code.requests} files`,
		`≤ ${firstLoadBudget.codeGzipBytes / 1024} KB in ≤ ${firstLoadBudget.codeRequests}`,
		code.gzip <= firstLoadBudget.codeGzipBytes && code.requests <= firstLoadBudget.codeRequests
	);
}

async function throttled<T>(page: Page, rate: number, work: () => Promise<T>): Promise<T> {
	const session = await page.context().newCDPSession(page);
	await session.send('Emulation.setCPUThrottlingRate', { rate });
	try {
		return await work();
	} finally {
		await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		await session.detach();
	}
}

async function gradeTimings(browser: Browser, url: string) {
	const context = await browser.newContext(phone);
	const page = await context.newPage();
	await page.goto(`${url}/study`);
	const normal: number[] = [];
	for (let sample = 0; sample < samples; sample++) normal.push(await gradeToNextCard(page));
	const slow: number[] = [];
	await throttled(page, 4, async () => {
		for (let sample = 0; sample < samples; sample++) slow.push(await gradeToNextCard(page));
	});
	record(
		'Grade to the next card shown, median',
		ms(median(normal)),
		'≤ 16 ms',
		median(normal) <= 16
	);
	record('Grade to the next card shown, CPU 4× slower, median', ms(median(slow)));
	await context.close();
}

async function quizTimings(browser: Browser, url: string, rate: number): Promise<number[]> {
	const context = await browser.newContext(phone);
	const page = await context.newPage();
	const timings: number[] = [];
	await throttled(page, rate, async () => {
		while (timings.length < samples) {
			await startTrueFalseQuiz(page, `${url}/quiz/${quizSet}`);
			while (timings.length < samples) {
				timings.push(await tapToFeedback(page));
				await page.locator('button.next').click();
				const more = page.getByRole('button', { name: 'True', exact: true });
				const finished = page.getByRole('heading', { name: 'Your result' });
				await more.or(finished).first().waitFor();
				if (await finished.isVisible()) break;
			}
		}
	});
	await context.close();
	return timings;
}

async function feedbackTimings(browser: Browser, url: string) {
	const normal = median(await quizTimings(browser, url, 1));
	const slow = median(await quizTimings(browser, url, 4));
	record('Tap on an answer to its feedback shown, median', ms(normal), '≤ 16 ms', normal <= 16);
	record('The same with the CPU 4× slower, median', ms(slow), '≤ 50 ms', slow <= 50);
}

async function coldStart(url: string) {
	const profile = mkdtempSync(join(tmpdir(), 'repaso-perf-'));
	const launch = () =>
		chromium.launchPersistentContext(profile, { executablePath, args: chromiumArgs, ...phone });
	const first = await launch();
	const page = await first.newPage();
	await page.goto(url);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await first.close();
	const timings: number[] = [];
	for (let run = 0; run < Math.max(3, runs); run++) {
		const context = await launch();
		await context.setOffline(true);
		timings.push(await coldStartToFirstQuestion(context, `${url}/study`));
		await context.close();
	}
	rmSync(profile, { recursive: true, force: true });
	record('Cold start offline to the first question, median', ms(median(timings)));
}

async function heapAfterSession(browser: Browser, url: string) {
	const context = await browser.newContext(phone);
	const page = await context.newPage();
	// A fake clock lets the learning steps (minutes) come due within the session.
	await page.clock.install();
	await page.goto(url);
	await setDailyNewLimit(page, 500);
	await page.goto(`${url}/study`);
	await answerShownQuestion(page);
	const before = await heapUsed(page);
	for (let graded = 0; graded < 200; graded++) {
		if (graded > 0) await answerShownQuestion(page);
		const good = page.getByRole('button', { name: /^Good/ });
		await good.click();
		await good.waitFor({ state: 'detached' });
		await page.clock.fastForward(30_000);
	}
	await answerShownQuestion(page);
	const after = await heapUsed(page);
	const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
	record(
		'JS heap after a 200-card study session',
		`${mb(after)} (${mb(before)} at its start)`,
		'≤ 30 MB',
		after <= 30 * 1024 * 1024
	);
	await context.close();
}

const server = await startStaticServer(values.folder ?? 'build');
console.log(`Chromium ${executablePath}; ${cpus().length} cores; load ${loadavg().join(', ')}`);
if (!values['skip-lighthouse']) await lighthouseTable(server.url);
if (!values['lighthouse-only']) {
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	await firstLoad(browser, server.url);
	await gradeTimings(browser, server.url);
	await feedbackTimings(browser, server.url);
	await heapAfterSession(browser, server.url);
	await browser.close();
	await coldStart(server.url);
}
await server.close();

console.log('\n| measure | figure | budget | met |\n| --- | --- | --- | --- |');
for (const row of rows) {
	const met = row.met === null ? '' : row.met ? 'yes' : 'no';
	console.log(`| ${row.measure} | ${row.figure} | ${row.budget} | ${met} |`);
}
console.log(`\nLoad average at the end: ${loadavg().join(', ')}`);
