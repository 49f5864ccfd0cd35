import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './test';
import {
	encodeResultCode,
	groupsOfFour,
	type ItemOutcome
} from '../../src/lib/classroom/result-code';
import { saveQuiz, savedQuiz, savedQuizItems } from './saved-quiz';

const quiz = { key: savedQuiz.id, items: savedQuizItems };
const right = (choice: number | null = null): ItemOutcome => ({
	answered: true,
	correct: true,
	choice
});
const wrong = (choice: number | null = null): ItemOutcome => ({
	answered: true,
	correct: false,
	choice
});
const mcq = savedQuizItems[0]!;
if (mcq.type !== 'mcq') throw new Error('the first item should be an mcq');
const rightOption = mcq.options.indexOf(mcq.answer);
const wrongOption = rightOption === 0 ? 1 : 0;
const trueFalse = savedQuizItems[1]!;
if (trueFalse.type !== 'truefalse') throw new Error('the second item should be a true-or-false');
/** True is choice 0, False choice 1. */
const tfWrong = trueFalse.answer ? 1 : 0;
const tfRight = 1 - tfWrong;

function codeFor(name: string, answers: ItemOutcome[], startedAt: string, seconds: number) {
	return encodeResultCode(
		{ name, startedAt: new Date(startedAt), durationSeconds: seconds, answers },
		quiz
	);
}

test('pasted result codes give each student a score and each question its analysis, kept after a reload', async ({
	page
}) => {
	await saveQuiz(page);
	await page.goto(`/classroom/collect?quiz=${savedQuiz.id}`);
	await expect(
		page.getByRole('heading', { level: 1, name: `Results: ${savedQuiz.title}` })
	).toBeVisible();

	const ana = codeFor(
		'Ana',
		[right(rightOption), wrong(tfWrong), right(), right(), wrong()],
		'2026-03-02T09:15Z',
		312
	);
	const ben = codeFor(
		'Ben Ruiz',
		[wrong(wrongOption), wrong(tfWrong), wrong(), right(), right()],
		'2026-03-02T09:16Z',
		75
	);
	const anaAgain = codeFor(
		'Ana',
		[right(rightOption), right(tfRight), right(), right(), right()],
		'2026-03-02T09:30Z',
		200
	);
	await page
		.getByLabel('Result codes')
		.fill([groupsOfFour(ana), ben.toLowerCase(), '<img src=x onerror=alert(1)>', ana].join('\n'));
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.getByText('Added Ana.')).toBeVisible();
	await expect(page.getByText('Added Ben Ruiz.')).toBeVisible();
	await expect(page.getByText('Ana is already in the table.')).toBeVisible();
	await expect(page.getByText('it has characters a code never has')).toBeVisible();

	const students = page.getByRole('table').first();
	await expect(page.getByRole('heading', { name: 'Students (2)' })).toBeVisible();
	await expect(students.getByRole('row')).toHaveText([
		/Name\s*Score\s*Time taken/,
		/Ana\s*3 \/ 5\s*5:12/,
		/Ben Ruiz\s*2 \/ 5\s*1:15/
	]);

	const questions = page.getByRole('table').nth(1);
	const mcqRow = questions.getByRole('row').nth(1);
	await expect(mcqRow).toContainText(mcq.prompt);
	await expect(mcqRow).toContainText('50%');
	await expect(mcqRow).toContainText(`${mcq.options[wrongOption]} (1)`);
	await expect(questions.getByRole('row').nth(2)).toContainText('0%');
	await expect(questions.getByRole('row').nth(2)).toContainText(
		`${tfWrong ? 'False' : 'True'} (2)`
	);

	// A later attempt by the same student replaces the earlier one.
	await page.getByLabel('Result codes').fill(anaAgain);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.getByText('Updated Ana with a later attempt.')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Students (2)' })).toBeVisible();
	await expect(page.getByRole('table').first().getByRole('row').nth(1)).toHaveText(
		/Ana\s*5 \/ 5\s*3:20/
	);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export as CSV' }).click();
	const file = await (await download).path();
	expect((await download).suggestedFilename()).toBe('Week-3-El-Salvador.csv');
	const csv = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
	const rows = Papa.parse<string[]>(csv).data;
	expect(rows[0]!.slice(0, 6)).toEqual([
		'Name',
		'Started',
		'Seconds taken',
		'Score',
		'Questions',
		`Q1: ${mcq.prompt}`
	]);
	expect(rows.slice(1)).toEqual([
		['Ana', '2026-03-02T09:30:00.000Z', '200', '5', '5', '1', '1', '1', '1', '1'],
		['Ben Ruiz', '2026-03-02T09:16:00.000Z', '75', '2', '5', '0', '0', '0', '1', '1']
	]);
});

test('a code from another quiz is refused and nothing is stored', async ({ page }) => {
	await saveQuiz(page);
	await page.goto(`/classroom/collect?quiz=${savedQuiz.id}`);
	const stranger = encodeResultCode(
		{
			name: 'Eve',
			startedAt: new Date('2026-03-02T09:00Z'),
			durationSeconds: 10,
			answers: savedQuizItems.map(() => right(0))
		},
		{ key: 'ffffffffffff', items: savedQuizItems }
	);
	await page.getByLabel('Result codes').fill(stranger);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.getByText('This code belongs to another quiz, or was changed.')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Students (0)' })).toBeVisible();
});
