import { expect, test } from './test';
import tariffThreat from '../../questions/sets/tariff-threat.json' with { type: 'json' };
import { activeItems, type QuestionSet } from '../../src/lib/content/schema';

const items = activeItems((tariffThreat as QuestionSet).items);
const trueFalse = items.filter((item) => item.type === 'truefalse');

test('a practice quiz gives feedback, a summary, and a retry of exactly the missed questions', async ({
	page
}) => {
	await page.goto('/quiz/tariff-threat');
	await page.getByRole('radio', { name: `All (${items.length})` }).check();
	// True or false only, so the test knows every answer.
	const types = page.getByRole('group', { name: 'Question types' }).getByRole('checkbox');
	for (const type of await types.all()) {
		if ((await type.getAttribute('value')) !== 'truefalse') await type.uncheck();
	}
	await page.getByRole('button', { name: 'Start quiz' }).click();

	const total = trueFalse.length;
	let missedPrompt = '';
	for (let number = 1; number <= total; number++) {
		await expect(page.getByText(`Question ${number} of ${total}`)).toBeVisible();
		const prompt = (await page.locator('.question h2').innerText()).trim();
		const item = trueFalse.find((candidate) => candidate.prompt === prompt);
		if (item?.type !== 'truefalse') throw new Error(`unexpected question: ${prompt}`);
		// Get the first question wrong, the rest right.
		const choice = number === 1 ? !item.answer : item.answer;
		if (number === 1) missedPrompt = prompt;
		await page.getByRole('button', { name: choice ? 'True' : 'False', exact: true }).click();
		await expect(page.locator('.verdict')).toContainText(number === 1 ? 'Not quite' : 'Correct');
		// The Next button has focus: Enter moves on.
		await page.keyboard.press('Enter');
	}

	await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
	const percent = Math.round((100 * (total - 1)) / total);
	await expect(page.getByText(`${total - 1} of ${total} right (${percent}%)`)).toBeVisible();
	await expect(page.locator('.missed li')).toHaveCount(1);
	await expect(page.locator('.missed li')).toContainText(missedPrompt);

	await page.getByRole('button', { name: 'Retry the missed questions' }).click();
	await expect(page.getByText('Question 1 of 1')).toBeVisible();
	await expect(page.locator('.question h2')).toHaveText(missedPrompt);
});

test('a practice quiz can be limited to levels, and the set page shows each question’s level', async ({
	page
}) => {
	const analysis = items.filter((item) => item.level === 'analyse');
	await page.goto('/quiz/tariff-threat');
	await page.getByRole('radio', { name: `All (${items.length})` }).check();
	const levels = page.getByRole('group', { name: 'Levels' }).getByRole('checkbox');
	await expect(levels).toHaveCount(3);
	await page.getByRole('checkbox', { name: 'Recall' }).uncheck();
	await page.getByRole('checkbox', { name: 'Understand' }).uncheck();
	await page.getByRole('checkbox', { name: 'Analyse' }).uncheck();
	await expect(
		page.getByRole('status').filter({ hasText: 'Choose at least one level.' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeDisabled();
	await page.getByRole('checkbox', { name: 'Analyse' }).check();
	await page.getByRole('button', { name: 'Start quiz' }).click();

	await expect(page.getByText(`Question 1 of ${analysis.length}`)).toBeVisible();
	const prompt = (await page.locator('.question h2').innerText()).trim();
	expect(analysis.map((item) => item.prompt)).toContain(prompt);

	await page.goto('/sets/tariff-threat');
	const labels = page.locator('.items > li .level');
	await expect(labels).toHaveCount(items.length);
	await expect(labels.filter({ hasText: 'Analyse' })).toHaveCount(analysis.length);
});
