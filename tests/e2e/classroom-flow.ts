/**
 * Steps the classroom specs share: a teacher building a quiz through the build form, a student's
 * device with the app cached, and answering true-or-false questions knowing the bank's answers.
 */
import type { Browser, Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from './test';
import { waitForServiceWorker } from './fixtures';
import { decodeQuizLink } from '../../src/lib/classroom/quiz-link';
import type { Item, QuestionSet } from '../../src/lib/content/schema';

const sets = readdirSync('questions/sets').map(
	(file) => JSON.parse(readFileSync(`questions/sets/${file}`, 'utf8')) as QuestionSet
);
const byPrompt = new Map(sets.flatMap((set) => set.items).map((item) => [item.prompt, item]));
/** The bank in position order: sets by id, active items in set order. */
const bankOrder = [...sets]
	.sort((a, b) => (a.id < b.id ? -1 : 1))
	.flatMap((set) => set.items.filter((item) => item.retired === undefined));

/** The quiz key and items of a link, read as the teacher's device would. */
export function quizOfLink(link: string) {
	const decoded = decodeQuizLink(link);
	if (!decoded.ok) throw new Error(`the link was rejected: ${decoded.reason}`);
	return {
		key: decoded.link.key,
		items: decoded.link.positions.map((position) => bankOrder[position]!)
	};
}

/** Builds a true-or-false quiz (so the test knows every answer) and returns its link. */
export async function buildQuiz(
	page: Page,
	{ title, count, feedback }: { title: string; count: number; feedback: 'during' | 'end' }
): Promise<string> {
	await page.goto('/classroom');
	await page.getByRole('link', { name: 'New quiz' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Build a quiz' })).toBeVisible();
	await page.getByLabel('Title').fill(title);
	const types = page.getByRole('group', { name: 'Question types' }).getByRole('checkbox');
	for (const type of await types.all()) {
		if ((await type.getAttribute('value')) !== 'truefalse') await type.uncheck();
	}
	await page.getByLabel('Number of questions').fill(String(count));
	await page
		.getByRole('radio', { name: feedback === 'end' ? 'Only at the end' : 'After each question' })
		.check();
	await page.getByRole('button', { name: 'Save and share' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Share “${title}”` })).toBeVisible();
	await expect(page.getByRole('img', { name: 'QR code of the quiz link' })).toBeVisible();
	const link = await page.getByRole('textbox', { name: 'Quiz link' }).inputValue();
	await expect(page.locator('svg[data-qr-text]')).toHaveAttribute('data-qr-text', link);
	return link;
}

/** Answers the true-or-false question on screen, rightly or not. */
export async function answerTrueFalse(page: Page, right: boolean): Promise<Item> {
	const prompt = (await page.locator('.question h2').innerText()).trim();
	const item = byPrompt.get(prompt);
	if (item?.type !== 'truefalse') throw new Error(`unexpected question: ${prompt}`);
	const value = right ? item.answer : !item.answer;
	await page.getByRole('button', { name: value ? 'True' : 'False', exact: true }).click();
	return item;
}

/** A new device that has opened the app once, so its service worker has cached it all. */
export async function deviceWithCachedApp(browser: Browser, baseURL: string) {
	const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto('/');
	await waitForServiceWorker(page);
	return { context, page };
}

/** Every record in one of the app's stores. */
export async function stored(page: Page, store: string): Promise<unknown[]> {
	return page.evaluate(
		(name) =>
			new Promise<unknown[]>((resolve, reject) => {
				const open = indexedDB.open('repaso');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction(name).objectStore(name).getAll();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				};
			}),
		store
	);
}
