/**
 * Hostile input through every door the app has: addresses, quiz links, result codes, typed text and
 * backup files. Each must show as text (or be refused with a message), run nothing, pollute no
 * prototype and store nothing when refused. The app has no `{@html}` and the Content-Security-
 * Policy would block an inline handler anyway (and fail the test through ./test.ts), so these
 * checks look at the page itself: no element the input could have made, no flag its script sets.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { saveQuiz, savedQuiz } from './saved-quiz';

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

test('hostile quiz links are refused with a message; a hostile title reads as text', async ({
	page
}) => {
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
	await expect(outcomes).toHaveCount(lines.length);
	for (const [index, line] of lines.entries()) {
		// The line as typed, isolated so a right-to-left override cannot turn the message around.
		await expect(outcomes.nth(index).locator('bdi')).toHaveText(line.trim().slice(0, 24));
	}
	await expectInert(page, dialogs);

	// A megabyte on one line is not even read.
	await page.getByLabel('Result codes').fill(`${markup[0]}${'x'.repeat(MEGABYTE)}`);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.locator('.outcomes li')).toHaveText([
		`${markup[0]!.slice(0, 24)}: This code is too short or too long for this quiz. Check that no group is missing.`
	]);
	await expectInert(page, dialogs);
	expect(await stored(page, 'results')).toEqual([]);
});
