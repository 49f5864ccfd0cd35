import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { answerShownQuestion } from './answering';
import { readDatabase } from './database';

const question = (page: Page) => page.locator('.study').innerText();

async function grade(page: Page, name: 'Again' | 'Hard' | 'Good' | 'Easy', reviewed: number) {
	await answerShownQuestion(page);
	await page.getByRole('button', { name: new RegExp(`^${name}, next in`) }).click();
	await expect(page.getByText(`${reviewed} reviewed`)).toBeVisible();
}

test('two tabs studying at once never show a card the other just graded', async ({
	context,
	page
}) => {
	const other = await context.newPage();
	await page.goto('/study/honduras');
	await other.goto('/study/honduras');
	await expect(page.getByText('0 reviewed')).toBeVisible();
	await expect(other.getByText('0 reviewed')).toBeVisible();
	const first = await question(page);
	expect(await question(other)).toBe(first);

	// The other tab has answered the card but not graded it when this tab grades it.
	await answerShownQuestion(other);
	await grade(page, 'Good', 1);
	await expect(other.getByText('just graded in another tab')).toBeVisible();
	expect(await question(other)).not.toBe(first);

	for (let round = 1; round <= 6; round++) {
		await grade(other, 'Good', round);
		await grade(page, 'Good', round + 1);
	}

	const { reviews, cards } = await readDatabase(page);
	expect(reviews).toHaveLength(13);
	// Thirteen grades on thirteen different cards: neither tab showed a card the other had graded.
	expect(new Set(reviews.map((review) => review.itemId)).size).toBe(13);
	for (const { itemId } of reviews) {
		expect(cards.find((card) => card.itemId === itemId)?.reps).toBe(1);
	}
});

test('undo takes back only this tab’s review, and says why not when the card was graded since', async ({
	context,
	page
}) => {
	// A tab that hears nothing from the others (as without BroadcastChannel) keeps a stale card.
	const deaf = await context.newPage();
	await deaf.addInitScript(() => {
		Reflect.deleteProperty(window, 'BroadcastChannel');
	});
	await page.goto('/study/honduras');
	await deaf.goto('/study/honduras');
	await expect(deaf.getByText('0 reviewed')).toBeVisible();
	const shown = await question(page);
	expect(await question(deaf)).toBe(shown);

	await grade(page, 'Easy', 1);
	expect(await question(deaf)).toBe(shown);
	await grade(deaf, 'Hard', 1);

	// The deaf tab's grade was scheduled from the stored card: the second review of it.
	let db = await readDatabase(page);
	expect(db.reviews.map((review) => review.log.rating)).toEqual([4, 2]);
	const itemId = db.reviews[0]!.itemId;
	expect(db.reviews[1]!.itemId).toBe(itemId);
	expect(db.cards.find((card) => card.itemId === itemId)?.reps).toBe(2);

	await page.getByRole('button', { name: 'Undo last review' }).click();
	await expect(page.getByText('this card was reviewed again since, in another tab')).toBeVisible();
	await expect(page.getByText('1 reviewed')).toBeVisible();
	db = await readDatabase(page);
	expect(db.reviews.map((review) => review.log.rating)).toEqual([4, 2]);

	await deaf.getByRole('button', { name: 'Undo last review' }).click();
	await expect(deaf.getByText('0 reviewed')).toBeVisible();
	db = await readDatabase(page);
	expect(db.reviews.map((review) => review.log.rating)).toEqual([4]);
	expect(db.cards.find((card) => card.itemId === itemId)).toMatchObject({ reps: 1, state: 2 });
});
