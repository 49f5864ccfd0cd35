/**
 * The whole classroom quiz on two devices with nothing but the app: the teacher's browser builds,
 * shares, collects, presents and prints; the student's, with the app cached and the network off,
 * takes the quiz from the link and hands back a result code.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './test';
import { answerTrueFalse, buildQuiz, deviceWithCachedApp, quizOfLink } from './classroom-flow';
import type { Item } from '../../src/lib/content/schema';

const title = 'Two devices';
const count = 4;

/** Each printed page's text, spaces squeezed, as Chromium's print-to-PDF lays the view out. */
async function printedPages(page: Page): Promise<string[]> {
	const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
	const { text } = await extractText(pdf, { mergePages: false });
	return text.map((words) => words.replace(/\s+/g, ' '));
}

/** The quiz's own link on the teacher's list, found by its accessible name. */
async function openFromList(page: Page, name: string): Promise<void> {
	await page.goto('/classroom');
	await page.getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
}

test('a teacher and a student run a whole quiz on two devices, the student offline', async ({
	page: teacher,
	browser,
	baseURL
}) => {
	// About 15 s alone; two browsers and a PDF on a busy two-core machine can pass the default minute.
	test.slow();
	// The teacher builds and shares through the interface.
	const link = await buildQuiz(teacher, { title, count, feedback: 'end' });
	const quiz = quizOfLink(link);

	// The student's phone has opened the app once; the room has no network.
	const student = await deviceWithCachedApp(browser, baseURL!);
	await student.context.setOffline(true);
	const take = student.page;
	await take.goto(link);
	await expect(take.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await take.getByLabel('Your name').fill('Rosa Díaz');
	await take.getByRole('button', { name: 'Start the quiz' }).click();
	const answered: { item: Item; right: boolean }[] = [];
	for (let number = 1; number <= count; number++) {
		await expect(take.getByText(`Question ${number} of ${count}`)).toBeVisible();
		if (number === 3) {
			await take.reload();
			await expect(take.getByText(`Question 3 of ${count}`)).toBeVisible();
		}
		const right = number !== 2;
		answered.push({ item: await answerTrueFalse(take, right), right });
	}
	await expect(take.getByText(`You got ${count - 1} of ${count} right`)).toBeVisible();
	const code = (await take.locator('.code').getAttribute('data-code'))!;
	expect(code.length).toBeLessThanOrEqual(40);
	expect(new Set(answered.map(({ item }) => item.id))).toEqual(
		new Set(quiz.items.map((item) => item.id))
	);
	await student.context.close();

	// The teacher types the code as read aloud, in groups of four.
	await openFromList(teacher, `Results of “${title}”`);
	await teacher.getByLabel('Result codes').fill(code.replace(/(.{4})(?=.)/g, '$1 '));
	await teacher.getByRole('button', { name: 'Add results' }).click();
	await expect(teacher.getByText('Added Rosa Díaz.')).toBeVisible();
	await expect(teacher.getByRole('heading', { name: 'Students (1)' })).toBeVisible();
	await expect(teacher.getByRole('table').first().getByRole('row')).toHaveText([
		/Name\s*Score\s*Time taken/,
		new RegExp(`Rosa Díaz\\s*${count - 1} / ${count}\\s*\\d+:\\d\\d`)
	]);
	const questions = teacher.getByRole('table').nth(1).getByRole('row');
	await expect(questions).toHaveCount(count + 1);
	for (const { item, right } of answered) {
		if (item.type !== 'truefalse') throw new Error('a true-or-false quiz was built');
		const row = questions.filter({ hasText: item.prompt });
		await expect(row).toHaveCount(1);
		await expect(row.getByRole('cell').nth(1)).toHaveText(right ? '100%' : '0%');
		// The wrong answer the student chose, named in the interface's words.
		await expect(row.getByRole('cell').nth(2)).toHaveText(
			right ? '–' : `${item.answer ? 'False' : 'True'} (1)`
		);
	}

	// The CSV: a header naming each question, then the student's row, 1 right and 0 wrong.
	const download = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: 'Export as CSV' }).click();
	const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\ufeff/, '');
	const rows = Papa.parse<string[]>(csv.trim()).data;
	expect(rows).toHaveLength(2);
	const [header, row] = rows as [string[], string[]];
	expect(header.slice(0, 5)).toEqual(['Name', 'Started', 'Seconds taken', 'Score', 'Questions']);
	expect(row.slice(0, 5)).toEqual([
		'Rosa Díaz',
		expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
		expect.stringMatching(/^\d+$/),
		String(count - 1),
		String(count)
	]);
	const cellOf = (item: Item) =>
		row[header.findIndex((heading) => heading.endsWith(`: ${item.prompt}`))];
	for (const { item, right } of answered) expect(cellOf(item)).toBe(right ? '1' : '0');

	// Presenting: arrows step, Space reveals and hides, Escape leaves.
	await openFromList(teacher, `Present “${title}”`);
	const shown = teacher.locator('#present-question');
	const prompts = quiz.items.map((item) => item.prompt);
	await expect(teacher.getByText(`Question 1 of ${count}`)).toBeVisible();
	const first = (await shown.innerText()).trim();
	expect(prompts).toContain(first);
	const explanationOf = (prompt: string) =>
		quiz.items.find((item) => item.prompt === prompt)!.explanation;
	await teacher.keyboard.press('Space');
	await expect(teacher.getByText(explanationOf(first))).toBeVisible();
	await teacher.keyboard.press('Space');
	await expect(teacher.getByText(explanationOf(first))).toBeHidden();
	await teacher.keyboard.press('ArrowRight');
	await expect(teacher.getByText(`Question 2 of ${count}`)).toBeVisible();
	await expect(shown).not.toHaveText(first);
	await teacher.keyboard.press('ArrowLeft');
	await expect(shown).toHaveText(first);
	await teacher.keyboard.press('Escape');
	await expect(teacher).toHaveURL(/\/classroom$/);

	// Printing: the worksheet's pages carry every question, the key starts a page of its own.
	await teacher.getByRole('link', { name: `Print “${title}”` }).click();
	await expect(teacher.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const pages = await printedPages(teacher);
	const keyPage = pages.findIndex((text) => text.includes(`Answer key: ${title}`));
	expect(keyPage).toBeGreaterThan(0);
	const worksheet = pages.slice(0, keyPage).join(' ');
	const key = pages.slice(keyPage).join(' ');
	expect(worksheet).toContain('Name');
	for (const prompt of prompts) {
		expect(worksheet).toContain(prompt.replace(/\s+/g, ' ').slice(0, 40));
		expect(key).not.toContain(prompt.replace(/\s+/g, ' ').slice(0, 40));
	}
	expect(worksheet).not.toContain('Answer key');
});
