import type { Page } from '@playwright/test';
import { expect, test } from './test';
import honduras from '../../questions/sets/honduras.json' with { type: 'json' };
import { activeItems, type QuestionSet } from '../../src/lib/content/schema';

const set = honduras as QuestionSet;
/** True-or-false and multiple-choice questions only, so the test knows every answer. */
const types = ['truefalse', 'mcq'];
const asked = activeItems(set.items).filter((item) => types.includes(item.type));
const total = asked.length;

/** Answers the question shown, right unless told otherwise, and moves on. */
async function answerShown(page: Page, right = true) {
	const prompt = (await page.locator('.question h2').innerText()).trim();
	const item = asked.find((candidate) => candidate.prompt === prompt);
	const question = page.locator('.question');
	if (item?.type === 'truefalse') {
		const choice = right ? item.answer : !item.answer;
		await question.getByRole('button', { name: choice ? 'True' : 'False', exact: true }).click();
	} else if (item?.type === 'mcq') {
		const choice = right ? item.answer : item.options.find((option) => option !== item.answer)!;
		await question.getByRole('button', { name: choice, exact: true }).click();
	} else throw new Error(`unexpected question: ${prompt}`);
	await page.getByRole('button', { name: /Next question|See results/ }).click();
}

test('practice quizzes are reachable from Today and from the set’s page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: `Practice quiz: ${set.title}` }).click();
	await expect(page.getByRole('heading', { level: 1, name: new RegExp(set.title) })).toBeVisible();
	await expect(page).toHaveURL(/\/quiz\/honduras$/);

	await page.goto('/sets/honduras');
	await page.getByRole('link', { name: 'Practice quiz' }).click();
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
});

test('a quiz resumes after a reload and a closed tab, and its score joins the set’s history', async ({
	page,
	context
}) => {
	expect(total).toBeGreaterThan(4);
	await page.goto('/sets/honduras');
	await expect(page.getByText('No practice quiz finished yet.')).toBeVisible();

	await page.goto('/quiz/honduras');
	await page.getByRole('radio', { name: `All (${activeItems(set.items).length})` }).check();
	const boxes = page.getByRole('group', { name: 'Question types' }).getByRole('checkbox');
	for (const box of await boxes.all()) {
		if (!types.includes((await box.getAttribute('value')) ?? '')) await box.uncheck();
	}
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await answerShown(page, false);
	await answerShown(page);
	await expect(page.getByText(`Question 3 of ${total}`)).toBeVisible();
	const third = await page.locator('.question h2').innerText();

	await page.reload();
	await expect(page.getByText('Picked up where you left off.')).toBeVisible();
	await expect(page.getByText(`Question 3 of ${total}`)).toBeVisible();
	await expect(page.locator('.question h2')).toHaveText(third);

	// Close the tab and come back in a new one.
	await answerShown(page);
	await page.close();
	const again = await context.newPage();
	await again.goto('/quiz/honduras');
	await expect(again.getByText(`Question 4 of ${total}`)).toBeVisible();
	for (let number = 4; number <= total; number++) await answerShown(again);

	const percent = Math.round((100 * (total - 1)) / total);
	await expect(again.getByText(`${total - 1} of ${total} right (${percent}%)`)).toBeVisible();
	await again.goto('/sets/honduras');
	const history = again.getByRole('region', { name: 'Practice quizzes' });
	await expect(history.getByRole('listitem')).toHaveCount(1);
	await expect(history.getByRole('listitem')).toContainText(
		`${total - 1} of ${total} right (${percent}%)`
	);

	// A finished quiz is not resumed: the quiz page offers a new one.
	await again.goto('/quiz/honduras');
	await expect(again.getByRole('button', { name: 'Start quiz' })).toBeVisible();
});
