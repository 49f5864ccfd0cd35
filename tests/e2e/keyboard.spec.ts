import { expect, test } from './test';
import honduras from '../../questions/sets/honduras.json' with { type: 'json' };
import tariffThreat from '../../questions/sets/tariff-threat.json' with { type: 'json' };
import { activeItems, type QuestionSet } from '../../src/lib/content/schema';
import { readDatabase } from './database';
import { onlyQuestionType } from './quiz-setup';

const ratings = async (page: import('@playwright/test').Page) =>
	(await readDatabase(page)).reviews.map((review) => review.log.rating);

test('Space shows a flashcard, Good is highlighted and focused, and Enter confirms it', async ({
	page
}) => {
	const [first] = activeItems((honduras as QuestionSet).items);
	if (first?.type !== 'flashcard') throw new Error('fixture items changed');
	await page.goto('/study/honduras');
	await page.locator('.study').waitFor();
	await page.keyboard.press('Space');
	await expect(page.getByText(first.back)).toBeVisible();
	const highlighted = page.locator('.grades button.primary');
	await expect(highlighted).toHaveCount(1);
	await expect(highlighted).toHaveAccessibleName(/^Good, next in/);
	await expect(highlighted).toBeFocused();

	// Tabbing moves the highlight with focus, so Enter always confirms the grade that looks chosen.
	await page.keyboard.press('Tab');
	await expect(highlighted).toHaveAccessibleName(/^Easy, next in/);
	await page.keyboard.press('Shift+Tab');
	await expect(highlighted).toHaveAccessibleName(/^Good, next in/);
	await page.keyboard.press('Enter');
	await expect(page.locator('.study .type')).toHaveText('True or false');
	expect(await ratings(page)).toEqual([3]);
});

test('letters A–F answer true-or-false, tick select-all options and choose multiple-choice options; U undoes', async ({
	page
}) => {
	const [, truefalse, multi, mcq] = activeItems((honduras as QuestionSet).items);
	if (truefalse?.type !== 'truefalse' || multi?.type !== 'multi' || mcq?.type !== 'mcq')
		throw new Error('fixture items changed');
	await page.goto('/study/honduras');
	await page.locator('.study').waitFor();
	await page.keyboard.press('Space');
	await expect(page.locator('.study .back')).toBeVisible();
	await page.keyboard.press('4');
	await expect(page.locator('.study .type')).toHaveText('True or false');

	// B is False, as its key badge says.
	await expect(page.getByRole('button', { name: 'False' })).toHaveAttribute(
		'aria-keyshortcuts',
		'B'
	);
	await page.keyboard.press('b');
	await expect(page.getByRole('button', { name: 'False' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('.verdict')).toContainText(truefalse.answer ? 'Not quite' : 'Correct');
	await page.keyboard.press('4');
	await expect(page.locator('.study .type')).toHaveText('Several answers');

	// Select all that apply: letters tick and untick; Enter checks.
	const boxes = page.locator('.study').getByRole('checkbox');
	await page.keyboard.press('a');
	await page.keyboard.press('b');
	await page.keyboard.press('a');
	await expect(boxes.nth(0)).not.toBeChecked();
	await expect(boxes.nth(1)).toBeChecked();
	await expect(boxes.nth(1)).toHaveAttribute('aria-keyshortcuts', 'B');
	await page.keyboard.press('Enter');
	// Enter then confirms what the verdict proposes: Good if right, Again if wrong.
	const multiRating = (await page.locator('.verdict').innerText()).includes('Correct') ? 3 : 1;
	await page.keyboard.press('Enter');
	await expect(page.locator('.study .type')).toHaveText('Multiple choice');

	// Multiple choice: C picks the third option shown.
	const third = page.locator('.study .option').nth(2);
	await expect(third).toHaveAttribute('aria-keyshortcuts', 'C');
	await page.keyboard.press('c');
	await expect(third).toHaveAttribute('aria-pressed', 'true');
	const correct = (await third.getAttribute('class'))!.includes('right');
	expect(correct).toBe((await third.innerText()).endsWith(mcq.answer));
	await page.keyboard.press('1');
	await expect.poll(() => ratings(page)).toEqual([4, 4, multiRating, 1]);

	// U takes back the last review and shows that card again.
	await page.keyboard.press('u');
	await expect(page.locator('.study .type')).toHaveText('Multiple choice');
	await expect(page.locator('.study .option[aria-pressed="true"]')).toHaveCount(0);
	await expect.poll(() => ratings(page)).toEqual([4, 4, multiRating]);
});

test('shortcuts stay quiet while typing an answer and when Ctrl, Alt or Meta is held', async ({
	page
}) => {
	const [mcq, truefalse, cloze] = activeItems((tariffThreat as QuestionSet).items);
	if (mcq?.type !== 'mcq' || truefalse?.type !== 'truefalse' || cloze?.type !== 'cloze')
		throw new Error('fixture items changed');
	await page.goto('/study/tariff-threat');
	await page.locator('.study').waitFor();
	for (const chord of ['Control+a', 'Alt+b', 'Meta+c']) await page.keyboard.press(chord);
	await expect(page.locator('.study .option[aria-pressed="true"]')).toHaveCount(0);
	const shownType = page.locator('.study .type');
	await page.keyboard.press('a');
	await page.keyboard.press('4');
	await expect(shownType).toHaveText('True or false');
	await page.keyboard.press('a');
	await page.keyboard.press('4');
	await expect(shownType).toHaveText('Fill the blank');

	const field = page.getByRole('textbox', { name: 'Missing word' });
	await expect(field).toBeFocused();
	await page.keyboard.type('abc 1 u? f');
	await expect(field).toHaveValue('abc 1 u? f');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	expect(await ratings(page)).toEqual([4, 4]);
	await page.keyboard.press('Enter');
	await expect(page.locator('.verdict')).toContainText('Not quite');
	await page.keyboard.press('Enter');
	await expect.poll(() => ratings(page)).toEqual([4, 4, 1]);
});

test('a practice quiz takes study’s grade keys on flashcards: 1 is “I didn’t know it”, 2–4 “I knew it”, as the ? sheet says', async ({
	page
}) => {
	const flashcards = activeItems((honduras as QuestionSet).items).filter(
		(item) => item.type === 'flashcard'
	);
	await page.goto('/quiz/honduras');
	await onlyQuestionType(page, 'flashcard');
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page.getByText(`Question 1 of ${flashcards.length}`)).toBeVisible();

	await page.keyboard.press('?');
	const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(sheet).toBeVisible();
	await expect(sheet).toMatchAriaSnapshot(`
    - term: "1"
    - definition: "On a flashcard: “I didn’t know it” (Again in study)"
    - term: 2 to 4
    - definition: "On a flashcard: “I knew it” (Hard, Good or Easy in study)"
    - term: Enter
  `);
	await page.keyboard.press('Escape');
	await expect(sheet).toBeHidden();

	// Grade keys mean nothing before the card is turned over.
	await page.keyboard.press('3');
	await expect(page.locator('.verdict')).toHaveCount(0);
	await page.keyboard.press('Space');
	const choice = page.getByRole('group', { name: 'How well did you know it?' });
	await expect(choice).toBeFocused();
	await expect(choice.getByRole('button', { name: 'I didn’t know it' })).toHaveAttribute(
		'aria-keyshortcuts',
		'1'
	);
	await expect(choice.getByRole('button', { name: 'I knew it' })).toHaveAttribute(
		'aria-keyshortcuts',
		'2 3 4'
	);
	await page.keyboard.press('1');
	await expect(page.locator('.verdict')).toContainText('Not quite');
	await page.keyboard.press('Enter');

	for (const [index, key] of ['2', '3', '4'].entries()) {
		if (index + 2 > flashcards.length) break;
		await expect(page.getByText(`Question ${index + 2} of ${flashcards.length}`)).toBeVisible();
		await page.keyboard.press('Space');
		await page.keyboard.press(key);
		await expect(page.locator('.verdict')).toContainText('Correct');
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
	await expect(page.locator('.score')).toContainText(
		`${flashcards.length - 1} of ${flashcards.length} right`
	);
});
