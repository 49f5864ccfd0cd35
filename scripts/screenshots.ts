/**
 * Photographs every screen of the app (the list in tests/e2e/screens.ts) from the built app, at
 * 360×640 and 1280×800, light and dark, plus Today and a study card in Spanish on the phone, into
 * static/screenshots/<screen>-<narrow|wide>-<light|dark>[-es].png. Run after `npm run build`:
 * `npm run screenshots`.
 *
 * The data is made once through the app itself, on a fixed clock: ten study days with a few gaps
 * (so Stats has a calendar, a forecast, retention and a streak), two finished practice quizzes,
 * a saved classroom quiz and two students' results. Every screen then starts from a copy of that
 * database in a fresh browser context, so no screen depends on what the one before it did. The
 * clock is fixed and the page's random numbers are seeded, so a second run takes the same pictures.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import * as prettier from 'prettier';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import en from '../src/lib/i18n/messages/en.json' with { type: 'json' };
import es from '../src/lib/i18n/messages/es.json' with { type: 'json' };
import { answerQuizQuestion, answerShownQuestion } from '../tests/e2e/answering.ts';
import { saveQuiz, savedQuiz } from '../tests/e2e/saved-quiz.ts';
import { screensIn, takeToTheEnd, type Screen } from '../tests/e2e/screens.ts';
import { startStaticServer } from '../tests/static-server.ts';
import { chromiumArgs, findChromium } from './find-browser.js';
import { palettePng } from './palette-png.ts';

const folder = 'static/screenshots';
/** "Now" in every picture: a Monday morning. */
const today = new Date('2026-03-09T09:00:00Z');
const day = 24 * 60 * 60 * 1000;
/** No step waits longer than this for the page: a stuck step fails with its name. */
const stepTimeout = 30_000;

type StoredState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Runs one step, and says which step failed or ran out of time. */
async function step<T>(name: string, run: () => Promise<T>, timeout = stepTimeout): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const expired = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`took longer than ${timeout / 1000} s`)), timeout);
	});
	try {
		return await Promise.race([run(), expired]);
	} catch (error) {
		throw new Error(`screenshot step "${name}" failed: ${(error as Error).message}`, {
			cause: error
		});
	} finally {
		clearTimeout(timer);
	}
}

/**
 * The page's crypto.getRandomValues and Math.random from a fixed seed (mulberry32), so quiz
 * orders and keys are the same on every run.
 */
function seedRandomness(): void {
	let state = 0x2f6b1c3d;
	const next = () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	Math.random = next;
	crypto.getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
		if (array) {
			const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
			for (let index = 0; index < bytes.length; index++) bytes[index] = (next() * 256) | 0;
		}
		return array;
	};
}

async function newContext(
	browser: Browser,
	baseURL: string,
	options: {
		at: Date;
		locale?: string;
		viewport?: { width: number; height: number };
		theme?: 'light' | 'dark';
		storageState?: StoredState;
	}
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		baseURL,
		locale: options.locale ?? 'en-US',
		timezoneId: 'UTC',
		viewport: options.viewport ?? { width: 1280, height: 800 },
		deviceScaleFactor: 1,
		reducedMotion: 'reduce',
		// Each context would otherwise precache the whole app first.
		serviceWorkers: 'block',
		storageState: options.storageState
	});
	await context.clock.setFixedTime(options.at);
	await context.addInitScript(seedRandomness);
	if (options.theme) {
		await context.addInitScript(
			(choice) => localStorage.setItem('repaso-theme', choice),
			options.theme
		);
	}
	const page = await context.newPage();
	page.setDefaultTimeout(10_000);
	return { context, page };
}

/** Studies `count` cards of today's queue, grading most Good, some Again, some Easy. */
async function study(page: Page, start: Date, count: number, dayNumber: number): Promise<void> {
	await page.clock.setFixedTime(start);
	await page.goto('/study');
	for (let review = 0; review < count; review++) {
		if (await page.locator('#end-heading').isVisible()) return;
		// Each card takes the learner a little while, so Stats has time studied to show.
		await page.clock.setFixedTime(new Date(start.getTime() + (review + 1) * 25_000));
		await answerShownQuestion(page);
		const grade = (review + dayNumber) % 7 === 0 ? '1' : (review + dayNumber) % 5 === 0 ? '4' : '3';
		await page.keyboard.press(grade);
		await page
			.getByText(new RegExp(`^${review + 1} reviewed$`))
			.or(page.locator('#end-heading'))
			.first()
			.waitFor();
	}
}

/** Takes a practice quiz of five questions of the El Salvador set to its result. */
async function practiceQuiz(page: Page): Promise<void> {
	await page.goto('/quiz/el-salvador');
	await page.getByRole('radio', { name: '5', exact: true }).check();
	await page.getByRole('button', { name: en.quiz_start }).click();
	for (let number = 1; number <= 5; number++) {
		await page.getByText(`Question ${number} of 5`).waitFor();
		await answerQuizQuestion(page);
		await page.getByRole('button', { name: number === 5 ? en.quiz_finish : en.quiz_next }).click();
	}
	await page.getByRole('heading', { name: en.quiz_summary_title }).waitFor();
}

/** A student takes the saved classroom quiz on their own device; returns their result code. */
async function studentCode(browser: Browser, baseURL: string, link: string, name: string) {
	const { context, page } = await newContext(browser, baseURL, { at: today });
	await page.goto(link);
	await page.getByLabel(en.take_your_name).fill(name);
	await page.getByRole('button', { name: en.take_start }).click();
	await takeToTheEnd(page, en);
	const code = await page.locator('[data-code]').getAttribute('data-code');
	await context.close();
	if (!code) throw new Error(`${name}'s result shows no code`);
	return code;
}

/** Builds the learner's and teacher's history through the app; returns the database. */
async function makeHistory(browser: Browser, baseURL: string): Promise<StoredState> {
	const start = new Date(today.getTime() - 11 * day);
	const { context, page } = await newContext(browser, baseURL, { at: start });
	// Days studied, counted back from today (0), with two days missed; how many cards each.
	const studyDays: [number, number][] = [
		[11, 14],
		[10, 12],
		[9, 10],
		[7, 12],
		[6, 10],
		[5, 8],
		[3, 12],
		[2, 10],
		[1, 9],
		[0, 6]
	];
	for (const [daysAgo, count] of studyDays) {
		const at = new Date(today.getTime() - daysAgo * day - 30 * 60 * 1000);
		await step(
			`study ${count} cards ${daysAgo} days ago`,
			() => study(page, at, count, daysAgo),
			120_000
		);
		if (daysAgo === 6 || daysAgo === 1) {
			await step(`practice quiz ${daysAgo} days ago`, () => practiceQuiz(page));
		}
	}
	await context.clock.setFixedTime(today);
	await step('save the classroom quiz', () => saveQuiz(page));
	const link = await step('read the quiz link', async () => {
		await page.goto(`/classroom/share?quiz=${savedQuiz.id}`);
		const shared = await page.getByRole('textbox').inputValue();
		return `/take${shared.slice(shared.indexOf('#'))}`;
	});
	const codes = [];
	for (const name of ['Ana López', 'Luis Herrera']) {
		codes.push(
			await step(`${name} takes the quiz`, () => studentCode(browser, baseURL, link, name))
		);
	}
	await step('collect the results', async () => {
		await page.goto(`/classroom/collect?quiz=${savedQuiz.id}`);
		await page.getByLabel(en.collect_codes_label).fill(codes.join('\n'));
		await page.getByRole('button', { name: en.collect_add }).click();
		await page.getByText('Luis Herrera').first().waitFor();
	});
	const state = await context.storageState({ indexedDB: true });
	await context.close();
	// Only the database: the theme and language come from each picture's own settings.
	return { cookies: [], origins: state.origins.map((origin) => ({ ...origin, localStorage: [] })) };
}

const sizes = {
	narrow: { width: 360, height: 640 },
	wide: { width: 1280, height: 800 }
} as const;

interface Shot {
	screen: Screen;
	size: keyof typeof sizes;
	theme: 'light' | 'dark';
	language: { suffix: string; locale: string };
}

const english = { suffix: '', locale: 'en-US' };
const spanish = { suffix: '-es', locale: 'es-MX' };

function shotsOf(screens: Screen[], language: Shot['language']): Shot[] {
	return screens.flatMap((screen) =>
		(['narrow', 'wide'] as const).flatMap((size) =>
			(['light', 'dark'] as const).map((theme) => ({ screen, size, theme, language }))
		)
	);
}

function fileOf(shot: Shot): string {
	return `${shot.screen.slug}-${shot.size}-${shot.theme}${shot.language.suffix}.png`;
}

/** Every screen in English; Today and a study card in Spanish, on the phone. */
function allShots(): Shot[] {
	const inSpanish = screensIn(es).filter((screen) =>
		['today', 'study-answered'].includes(screen.slug)
	);
	return [
		...shotsOf(screensIn(en), english),
		...shotsOf(inSpanish, spanish).filter((shot) => shot.size === 'narrow')
	];
}

const index = 'docs/screenshots.md';

/** docs/screenshots.md: every picture, a row a screen, its sizes and themes side by side. */
function indexPage(shots: Shot[]): string {
	const link = (shot: Shot | undefined, width: number) =>
		shot
			? `<a href="../${folder}/${fileOf(shot)}"><img src="../${folder}/${fileOf(shot)}" width="${width}" alt="${shot.screen.name}, ${shot.size}, ${shot.theme}"></a>`
			: '';
	const rows = [...new Set(shots.map((shot) => shot.screen.slug + shot.language.suffix))].map(
		(key) => {
			const of = shots.filter((shot) => shot.screen.slug + shot.language.suffix === key);
			const find = (size: Shot['size'], theme: Shot['theme']) =>
				of.find((shot) => shot.size === size && shot.theme === theme);
			const spanish = of[0]!.language.suffix ? ' (Spanish)' : '';
			return `| ${of[0]!.screen.name}${spanish} | ${link(find('narrow', 'light'), 120)} | ${link(find('narrow', 'dark'), 120)} | ${link(find('wide', 'light'), 240)} | ${link(find('wide', 'dark'), 240)} |`;
		}
	);
	return [
		'# Screenshots',
		'',
		'Every screen of the app at 360×640 (a phone) and 1280×800 (a laptop), in the light and dark',
		'themes, and Today and a study card in Spanish on the phone. `npm run screenshots` takes them',
		'again from the built app (`npm run build` first), with the same data every time: ten study days',
		'on a fixed clock, two practice quizzes, a saved classroom quiz and two students’ results. Each',
		'picture opens full size.',
		'',
		'| screen | phone, light | phone, dark | laptop, light | laptop, dark |',
		'| --- | --- | --- | --- | --- |',
		...rows,
		''
	].join('\n');
}

const server = await startStaticServer('build');
const browser = await chromium.launch({
	executablePath: findChromium() ?? undefined,
	args: chromiumArgs
});
try {
	const history = await step('make the history', () => makeHistory(browser, server.url), 600_000);
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	const shots = allShots();
	for (const shot of shots) {
		const file = fileOf(shot);
		const { context, page } = await newContext(browser, server.url, {
			at: today,
			locale: shot.language.locale,
			viewport: sizes[shot.size],
			theme: shot.theme,
			storageState: history
		});
		await step(`${shot.screen.name} (${file})`, async () => {
			await shot.screen.open(page);
			await page.locator(`html[data-theme="${shot.theme}"]`).waitFor({ state: 'attached' });
			// Screens draw before the database answers, with placeholders marked busy until it does.
			await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
			writeFileSync(
				`${folder}/${file}`,
				palettePng(await page.screenshot({ animations: 'disabled' }))
			);
		});
		await context.close();
		console.log(`${folder}/${file}`);
	}
	// Formatted as `npm run lint` expects it.
	const style = await prettier.resolveConfig(index);
	writeFileSync(index, await prettier.format(indexPage(shots), { ...style, filepath: index }));
	console.log(index);
	const files = readdirSync(folder);
	const bytes = files.reduce((sum, file) => sum + statSync(`${folder}/${file}`).size, 0);
	console.log(`${files.length} screenshots, ${(bytes / 1024).toFixed(0)} KB in ${folder}`);
} finally {
	await browser.close();
	await server.close();
}
