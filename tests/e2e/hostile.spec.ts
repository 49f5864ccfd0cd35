/**
 * Hostile input through every door the app has: addresses, quiz links, result codes, typed text and
 * backup files. Each must show as text (or be refused with a message), run nothing, pollute no
 * prototype and store nothing when refused. The app has no `{@html}` and the Content-Security-
 * Policy would block an inline handler anyway (and fail the test through ./test.ts), so these
 * checks look at the page itself: no element the input could have made, no flag its script sets.
 */
import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from './test';
import { saveQuiz, savedQuiz } from './saved-quiz';
import { nameForCode } from '../../src/lib/classroom/student-name';
import { readable } from '../../src/lib/util/readable';

/** Each of these sets `window.pwned` if the page ever runs it. */
const markup = [
	'<img src=x onerror="window.pwned=1">',
	'<script>window.pwned=1</script>',
	'"><svg onload="window.pwned=1">',
	'javascript:window.pwned=1'
];
/** Right-to-left override, zero-width space and joiner, byte-order mark. */
const invisible = '\u202Egnp.exe\u200B\u200D\uFEFF';
const MEGABYTE = 1024 * 1024;

/**
 * Nothing the input carried ran or was built: no flag, no dialog, no element with an inline
 * handler or a `javascript:` link, no `<img src=x>`, no new property on Object.prototype.
 */
async function expectInert(page: Page, dialogs: string[]): Promise<void> {
	const state = await page.evaluate(() => {
		const handlers = [...document.querySelectorAll('*')].filter((element) =>
			[...element.attributes].some((attribute) => attribute.name.startsWith('on'))
		);
		return {
			pwned: 'pwned' in window,
			polluted: ({} as Record<string, unknown>).polluted,
			prototypeKeys: Object.getOwnPropertyNames(Object.prototype).filter(
				(key) => !(window as unknown as { baseKeys: string[] }).baseKeys.includes(key)
			),
			handlers: handlers.map((element) => element.outerHTML.slice(0, 80)),
			scriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
			injectedImages: document.querySelectorAll('img[src="x"], svg[onload]').length
		};
	});
	expect(state).toEqual({
		pwned: false,
		polluted: undefined,
		prototypeKeys: [],
		handlers: [],
		scriptLinks: 0,
		injectedImages: 0
	});
	expect(dialogs).toEqual([]);
}

/** Records every dialog (and dismisses it) and Object.prototype's keys before the app loads. */
async function watch(page: Page): Promise<string[]> {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.addInitScript(() => {
		(window as unknown as { baseKeys: string[] }).baseKeys = Object.getOwnPropertyNames(
			Object.prototype
		);
	});
	return dialogs;
}

/** Every record of one IndexedDB store. */
async function stored(page: Page, store: string): Promise<unknown[]> {
	return page.evaluate(
		(name) =>
			new Promise<unknown[]>((resolve, reject) => {
				const open = indexedDB.open('repaso');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction(name).objectStore(name).getAll();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
					request.transaction!.oncomplete = () => open.result.close();
				};
			}),
		store
	);
}

test('hostile addresses and query parameters show a not-found page or the page itself', async ({
	page
}) => {
	const dialogs = await watch(page);
	const notFound = [
		`/${markup[0]}`,
		`/sets/${markup[1]}`,
		'/sets/__proto__',
		'/study/constructor',
		`/quiz/${markup[3]}`,
		`/quiz/${invisible}`,
		'/sets/prototype/x'
	];
	for (const path of notFound) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		// The address is shown as the browser gives it (escaped), never as markup.
		await expect(page.locator('main p').first()).toContainText('There is nothing at /');
		await expectInert(page, dialogs);
	}

	// A quiz key is looked up, not shown: any other text finds no quiz.
	const long = 'A'.repeat(2000);
	for (const key of [...markup, '__proto__', 'constructor', invisible, long]) {
		const query = encodeURIComponent(key);
		await page.goto(`/classroom/collect?quiz=${query}`);
		await expect(page.getByText('This quiz is not on this device')).toBeVisible();
		await page.goto(`/classroom/present?quiz=${query}`);
		await expect(page.getByText('This quiz is not on this device')).toBeVisible();
		await page.goto(`/classroom/share?quiz=${query}`);
		await expect(page.getByText('This quiz is not on this device.')).toBeVisible();
		await page.goto(`/classroom/build?from=${query}`);
		await expect(page.getByLabel('Title')).toHaveValue('');
		await page.goto(`/quiz?set=${query}&${query}=1`);
		await expect(page.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
		await expectInert(page, dialogs);
	}
	expect(await stored(page, 'quizzes')).toEqual([]);
});

test('hostile quiz links are refused with a message and store nothing', async ({ page }) => {
	const dialogs = await watch(page);
	await page.goto('/');
	const refused: [hash: string, message: RegExp][] = [
		...[...markup, encodeURIComponent(markup[0]!), invisible, '__proto__', 'constructor'].map(
			(text): [string, RegExp] => [text, /Ask your teacher for the link again/]
		),
		['A'.repeat(MEGABYTE), /far longer than a quiz link/]
	];
	for (const [hash, message] of refused) {
		await page.goto(`/take#${hash}`);
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.getByLabel('Your name')).toHaveCount(0);
		await expectInert(page, dialogs);
	}
	expect(await stored(page, 'quizSessions')).toEqual([]);
	expect(await stored(page, 'attempts')).toEqual([]);
});

test('hostile result codes pasted into Collect are each refused as text and nothing is stored', async ({
	page
}) => {
	const dialogs = await watch(page);
	await saveQuiz(page);
	await page.goto(`/classroom/collect?quiz=${savedQuiz.id}`);
	const lines = [...markup, invisible, '__proto__', 'constructor', '9'.repeat(400)];
	await page.getByLabel('Result codes').fill(lines.join('\n'));
	await page.getByRole('button', { name: 'Add results' }).click();
	const outcomes = page.locator('.outcomes li');
	// Invisible and direction-changing characters show as escapes.
	await expect(outcomes.nth(markup.length)).toContainText('\\u202egnp.exe\\u200b\\u200d');
	await expect(outcomes).toHaveCount(lines.length);
	for (const [index, line] of lines.entries()) {
		// The line as typed, isolated so a right-to-left override cannot turn the message around.
		await expect(outcomes.nth(index).locator('bdi')).toHaveText(readable(line.trim(), 24));
	}
	await expectInert(page, dialogs);

	// A megabyte on one line is not even read.
	await page.getByLabel('Result codes').fill(`${markup[0]}${'x'.repeat(MEGABYTE)}`);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.locator('.outcomes li')).toHaveText([
		`${markup[0]!.slice(0, 24)}…: This code is too short or too long for this quiz. Check that no group is missing.`
	]);
	await expectInert(page, dialogs);
	expect(await stored(page, 'results')).toEqual([]);
});

test('a hostile quiz title, student name and typed answers travel the classroom as text', async ({
	page
}) => {
	const dialogs = await watch(page);
	const title = markup[0]!;
	await page.goto('/classroom/build');
	await page.getByLabel('Title').fill(title);
	const types = page.getByRole('group', { name: 'Question types' }).getByRole('checkbox');
	for (const type of await types.all()) {
		if ((await type.getAttribute('value')) !== 'typed') await type.uncheck();
	}
	await page.getByLabel('Number of questions').fill('2');
	await page.getByRole('radio', { name: 'After each question' }).check();
	await page.getByRole('button', { name: 'Save and share' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Share “${title}”` })).toBeVisible();
	const link = await page.getByRole('textbox', { name: 'Quiz link' }).inputValue();
	await expectInert(page, dialogs);

	await page.goto('/classroom');
	await expect(page.getByRole('heading', { level: 3 })).toHaveText([title]);
	const key = new URL(
		(await page.getByRole('link', { name: `Open “${title}”` }).getAttribute('href'))!,
		page.url()
	).searchParams.get('quiz');
	await expectInert(page, dialogs);
	await page.goto(`/classroom/present?quiz=${key}`);
	await expect(page.getByRole('heading', { level: 1, name: `Presenting: ${title}` })).toBeVisible();
	await expectInert(page, dialogs);
	await page.goto(`/classroom/collect?quiz=${key}`);
	await expect(page.getByRole('heading', { level: 1, name: `Results: ${title}` })).toBeVisible();
	await expectInert(page, dialogs);

	// The student: the title as the page heading, a name of markup kept to the letters a code holds.
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const name = page.getByLabel('Your name');
	await name.fill('<b onmouseover=alert(1)>Ana</b>');
	// The field stops at the longest name a code for this quiz can carry.
	const typed = await name.inputValue();
	expect('<b onmouseover=alert(1)>Ana</b>'.startsWith(typed)).toBe(true);
	await expect(page.getByText(`Your result will show: ${nameForCode(typed)}`)).toBeVisible();
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	for (const answer of [markup[1]!, `${markup[2]}${invisible}${'x'.repeat(MEGABYTE)}`]) {
		await page.getByLabel('Your answer').fill(answer);
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('.verdict')).toHaveText('Not quite');
		await expect(page.getByLabel('Your answer')).toHaveValue(answer);
		await expectInert(page, dialogs);
		await page.getByRole('button', { name: /^(Next question|Finish)$/ }).click();
	}
	await expect(page.locator('.code')).toBeVisible();
	await expectInert(page, dialogs);
});

test('a quiz title with invisible characters or a megabyte is refused and nothing is stored', async ({
	page
}) => {
	const dialogs = await watch(page);
	await page.goto('/classroom/build');
	for (const title of [`Week 1${invisible}`, 'x'.repeat(MEGABYTE)]) {
		// Set the way a script or a paste past the length limit would, not by typing.
		await page.getByLabel('Title').evaluate((input: HTMLInputElement, value) => {
			input.value = value;
			input.dispatchEvent(new Event('input', { bubbles: true }));
		}, title);
		await page.getByRole('button', { name: 'Save and share' }).click();
		await expect(page.getByText('Give the quiz a title of at most 60 characters.')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1, name: 'Build a quiz' })).toBeVisible();
		await expectInert(page, dialogs);
	}
	expect(await stored(page, 'quizzes')).toEqual([]);
});

/** A version 2 backup file around `dataText`, sealed with its checksum as the app writes it. */
function backupFile(header: { exportedAt: string; contentVersion?: string }, dataText: string) {
	const checksum = createHash('sha256').update(dataText).digest('hex');
	const head = JSON.stringify({ format: 'repaso-backup', version: 2, ...header, checksum });
	return `${head.slice(0, -1)},"data":${dataText}}`;
}

async function importBackup(page: Page, text: string): Promise<void> {
	await page.getByLabel('Backup file').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await page.getByRole('radio', { name: /^Merge/ }).check();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
}

/** What an import could change: the stored quizzes, results, settings and cards. */
async function learnerData(page: Page) {
	return {
		quizzes: await stored(page, 'quizzes'),
		results: await stored(page, 'results'),
		settings: await stored(page, 'settings'),
		cardChanges: await stored(page, 'cardChanges'),
		cardPages: (await stored(page, 'cardPages')).length
	};
}

test('a backup with hostile text imports as text; hostile keys and numbers are refused unchanged', async ({
	page
}) => {
	const dialogs = await watch(page);
	await page.goto('/settings');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	const exported = JSON.parse(await readFile(await (await download).path(), 'utf8'));
	const header = { exportedAt: exported.exportedAt, contentVersion: exported.contentVersion };
	const base = exported.data;
	const newCard = {
		due: exported.exportedAt,
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: 0,
		lapses: 0,
		state: 0
	};
	/** `data` as text with `extra` spliced into one object: JSON.stringify cannot write a `__proto__` key. */
	const withText = (data: object, path: string, extra: string) => {
		const marker = '"$splice$":0';
		const text = JSON.stringify(data, (key, value) =>
			key === path ? { ...value, $splice$: 0 } : value
		);
		return text.replace(marker, extra);
	};
	const pollute = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}';

	const before = await learnerData(page);
	const refused: [dataText: string, reason: string][] = [
		[
			withText({ ...base, settings: base.settings }, 'settings', pollute),
			'data.settings.__proto__: unknown field'
		],
		[
			JSON.stringify({
				...base,
				cards: [{ itemId: 'x-1', setId: 'x', card: { ...newCard, reps: 1e308 }, suspended: false }]
			}),
			'data.cards[0].card.reps'
		],
		[
			JSON.stringify({
				...base,
				cards: [{ itemId: 'x-1', setId: 'x', card: newCard, suspended: false }]
			}).replace('"stability":0', '"stability":1e400'),
			'data.cards[0].card.stability'
		],
		[
			JSON.stringify({ ...base, settings: { ...base.settings, dailyNewLimit: 1e21 } }),
			'data.settings.dailyNewLimit'
		],
		[
			withText(
				{ ...base, cards: [{ itemId: 'x-1', setId: 'x', card: newCard, suspended: false }] },
				'card',
				`"${invisible}":1`
			),
			'data.cards[0].card["\\u202egnp.exe\\u200b\\u200d\\ufeff"]: unknown field'
		]
	];
	for (const [dataText, reason] of refused) {
		await importBackup(page, backupFile(header, dataText));
		await expect(
			page.getByText(/^This file was not imported, and nothing was changed: /)
		).toContainText(reason);
		await expectInert(page, dialogs);
	}
	for (const text of [
		markup[1]!,
		`{"__proto__":{"polluted":"yes"},${backupFile(header, JSON.stringify(base)).slice(1)}`
	]) {
		await importBackup(page, text);
		await expect(
			page.getByText(/^This file was not imported, and nothing was changed: /)
		).toBeVisible();
		await expectInert(page, dialogs);
	}
	expect(await learnerData(page)).toEqual(before);

	// Hostile text where any text may go: a quiz's title, a card's ids, a result's fields.
	const quiz = {
		...savedQuiz,
		title: markup[0],
		createdAt: exported.exportedAt
	};
	let accepted = JSON.stringify({
		...base,
		cards: [
			...base.cards,
			{ itemId: markup[2], setId: '__proto__', card: newCard, suspended: false }
		],
		quizzes: [quiz],
		results: [
			{
				id: `${quiz.id}:x`,
				quizId: quiz.id,
				receivedAt: exported.exportedAt,
				code: markup[1],
				name: markup[3]
			}
		]
	});
	accepted = accepted.replace(
		`"title":${JSON.stringify(markup[0])}`,
		`"title":${JSON.stringify(markup[0])},"notes":{${pollute}}`
	);
	await importBackup(page, backupFile(header, accepted));
	await expect(page.getByText(/^Imported \d+ cards and 0 reviews\.$/)).toBeVisible();
	await expectInert(page, dialogs);
	for (const path of [
		'/',
		'/study',
		'/sets',
		'/stats',
		'/classroom',
		`/classroom/collect?quiz=${quiz.id}`
	]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectInert(page, dialogs);
	}
	await page.goto('/classroom');
	await expect(page.getByRole('heading', { level: 3 })).toHaveText([markup[0]!]);
});
