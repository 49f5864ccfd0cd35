import { expect, test } from './test';
import honduras from '../../questions/sets/honduras.json' with { type: 'json' };
import tariffThreat from '../../questions/sets/tariff-threat.json' with { type: 'json' };
import { activeItems, type QuestionSet } from '../../src/lib/content/schema';
import { answerShownQuestion } from './answering';
import { readDatabase } from './database';

test('a review made in the UI is stored with its new due date and survives a reload', async ({
	page
}) => {
	await page.goto('/study/honduras');
	await expect(page.getByText('0 reviewed')).toBeVisible();
	const before = await readDatabase(page);
	expect(before.reviews).toEqual([]);
	expect(before.cards.filter((card) => card.itemId.startsWith('honduras-'))).toHaveLength(
		activeItems((honduras as QuestionSet).items).length
	);

	const answeredAt = Date.now();
	await answerShownQuestion(page);
	await page.getByRole('button', { name: /^Easy, next in/ }).click();
	await expect(page.getByText('1 reviewed')).toBeVisible();

	await page.reload();
	const after = await readDatabase(page);
	expect(after.reviews).toHaveLength(1);
	const [review] = after.reviews;
	expect(review!.log.rating).toBe(4);
	const reviewed = after.cards.find((card) => card.itemId === review!.itemId)!;
	expect(reviewed.reps).toBe(1);
	// Easy on a new card graduates it straight to review, days ahead.
	expect(new Date(reviewed.due).getTime()).toBeGreaterThan(answeredAt + 86_400_000);

	await page.goto('/');
	await expect(page.getByText('1 reviews today')).toBeVisible();
});

test('the keyboard alone can answer and grade, and undo takes the review back', async ({
	page
}) => {
	await page.goto('/study/whos-who');
	await answerShownQuestion(page);
	// Focus sits on the preselected grade (or the group for flashcards): digits grade directly.
	await page.keyboard.press('3');
	await expect(page.getByText('1 reviewed')).toBeVisible();
	await answerShownQuestion(page);
	await page.keyboard.press('1');
	await expect(page.getByText('2 reviewed')).toBeVisible();
	expect((await readDatabase(page)).reviews).toHaveLength(2);

	await page.getByRole('button', { name: 'Undo last review' }).click();
	await expect(page.getByText('1 reviewed')).toBeVisible();
	expect((await readDatabase(page)).reviews).toHaveLength(1);
});

test('a right answer preselects Good, a wrong one Again, and Enter confirms', async ({ page }) => {
	// New cards come in bank order (retired items have none): a multiple-choice question first and,
	// after a true-or-false one, a blank to fill by typing.
	const [first, between, second] = activeItems((tariffThreat as QuestionSet).items);
	if (first?.type !== 'mcq' || between?.type !== 'truefalse' || second?.type !== 'cloze')
		throw new Error('fixture items changed');

	await page.goto('/study/tariff-threat');
	await page.getByRole('button', { name: first.answer, exact: true }).click();
	await expect(page.locator('.verdict')).toContainText('Correct');
	const selected = page.locator('.grades button.primary');
	await expect(selected).toHaveAccessibleName(/^Good, next in/);
	await expect(selected).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText('1 reviewed')).toBeVisible();
	await answerShownQuestion(page);
	await page.keyboard.press('Enter');
	await expect(page.getByText('2 reviewed')).toBeVisible();

	// A typo of the answer is still right; a different word is wrong.
	await page.getByRole('textbox', { name: 'Missing word' }).fill('something else entirely');
	await page.keyboard.press('Enter');
	await expect(page.locator('.verdict')).toContainText('Not quite');
	await expect(page.getByText(`Answer: ${second.answer}`)).toBeVisible();
	await expect(page.locator('.feedback blockquote')).toContainText(
		second.source.quote.slice(0, 20)
	);
	await expect(selected).toHaveAccessibleName(/^Again, next in/);
	await page.keyboard.press('Enter');
	await expect(page.getByText('3 reviewed')).toBeVisible();

	const ratings = (await readDatabase(page)).reviews.map((review) => review.log.rating);
	expect(ratings).toEqual([3, between.answer ? 3 : 1, 1]);
});

test('a review that cannot be saved says why, stays on screen, and can be retried', async ({
	page
}) => {
	// The review log's write fails, after the card's was issued in the same transaction.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if ((window as unknown as { diskFull?: boolean }).diskFull && this.name === 'reviewPages') {
				throw new DOMException('The disk is full', 'QuotaExceededError');
			}
			return put.apply(this, args);
		};
	});
	await page.goto('/study/honduras');
	await answerShownQuestion(page);
	const graded = await page.locator('.study').innerText();
	await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
	await page.keyboard.press('3');

	const failure = page.getByRole('alert').filter({ hasText: 'Your grade was not saved' });
	await expect(failure).toContainText('out of storage space');
	// The next card showed while the write ran; its failure brings the graded card back, answered.
	await expect(page.locator('.study')).toHaveText(graded, { useInnerText: true });
	await expect(page.getByText('0 reviewed')).toBeVisible();
	expect((await readDatabase(page)).reviews).toHaveLength(0);
	// Nothing of the failed write is left behind: the card is untouched too.
	expect((await readDatabase(page)).cards.every((card) => card.reps === 0)).toBe(true);

	await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
	await failure.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByText('1 reviewed')).toBeVisible();
	await expect(failure).toHaveCount(0);
	expect((await readDatabase(page)).reviews).toHaveLength(1);
});
