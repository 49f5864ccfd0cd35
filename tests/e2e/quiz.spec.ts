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
