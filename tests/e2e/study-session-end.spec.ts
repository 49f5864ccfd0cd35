import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { axeViolations } from './axe';
import { answerShownQuestion } from './answering';
import { readDatabase } from './database';
import whosWho from '../../questions/sets/whos-who.json' with { type: 'json' };
import { activeItems, type QuestionSet } from '../../src/lib/content/schema';

const whosWhoCards = activeItems((whosWho as QuestionSet).items).length;

async function setDailyNewLimit(page: Page, limit: number) {
	await page.goto('/settings');
	await page.getByLabel('Daily new cards').fill(String(limit));
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.')).toBeVisible();
}

async function grade(page: Page, key: '1' | '3' | '4', reviewed: number) {
	await answerShownQuestion(page);
	await page.keyboard.press(key);
	await expect(page.getByText(`${reviewed} reviewed`)).toBeVisible();
}

test('the counter shows new, learning and review cards left, and a learning step counts as such', async ({
	page
}) => {
	await page.goto('/study/whos-who');
	const left = page.locator('.progress .left');
	await expect(left).toHaveText(`Left: ${whosWhoCards} new 0 learning 0 to review`);
	await grade(page, '1', 1);
	// Again puts the card in learning: it is still to do, and says so.
	await expect(left).toHaveText(`Left: ${whosWhoCards - 1} new 1 learning 0 to review`);
	await grade(page, '4', 2);
	await expect(left).toHaveText(`Left: ${whosWhoCards - 2} new 1 learning 0 to review`);
});

test('a set whose new cards for today are used up offers more of them, and every session ends with a summary', async ({
	page
}) => {
	await setDailyNewLimit(page, 2);
	await page.goto('/study/whos-who');
	await grade(page, '1', 1); // Again: back in a minute, as a learning step
	await grade(page, '4', 2); // Easy: days away
	await grade(page, '4', 3); // the learning step, now Easy

	const end = page.getByRole('region', { name: 'Session complete' });
	await expect(end).toBeFocused();
	const fact = (term: string) => end.locator('dt', { hasText: term }).locator('+ dd');
	await expect(fact('Cards reviewed')).toHaveText('3');
	await expect(fact('Accuracy')).toHaveText('67% (2 of 3 remembered)');
	await expect(fact('Time spent')).toHaveText(/Under a minute|\d+ min/);
	await expect(fact('Next cards due')).toHaveText(/\d:\d\d/);
	await expect(end.getByRole('link', { name: "Practice quiz: Who's who" })).toBeVisible();
	await expect(end.getByRole('link', { name: "Read the notes: Who's who" })).toBeVisible();

	// Today's limit (two new cards) is reached; the set's other cards are offered ten at a time.
	const offered = Math.min(10, whosWhoCards - 2);
	const more = end.getByRole('button', { name: `Learn ${offered} more from this set` });
	await more.click();
	await expect(page.locator('.progress .left')).toHaveText(
		`Left: ${offered} new 0 learning 0 to review`
	);
	await grade(page, '4', 4);
	const introduced = (await readDatabase(page)).cards.filter(
		(card) => card.itemId.startsWith('whos-who-') && card.reps > 0
	);
	expect(introduced).toHaveLength(3);

	// A new session on the same day offers what is left of the set, never a dead end.
	await page.reload();
	const again = page.getByRole('region', { name: 'Nothing to study right now' });
	const left = Math.min(10, whosWhoCards - 3);
	await expect(
		again.getByRole('button', { name: `Learn ${left} more from this set` })
	).toBeVisible();
});

test('studying everything with no new cards allowed offers new cards and a quiz', async ({
	page
}) => {
	await setDailyNewLimit(page, 0);
	await page.goto('/study');
	const end = page.getByRole('region', { name: 'Nothing to study right now' });
	await expect(end.locator('dt', { hasText: 'Next cards due' }).locator('+ dd')).toHaveText(
		'None yet: learn some new cards first.'
	);
	await expect(end.getByRole('link', { name: 'Practise with a quiz' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await end.getByRole('button', { name: 'Learn 10 more new cards' }).click();
	await expect(page.locator('.progress .left')).toHaveText('Left: 10 new 0 learning 0 to review');
	await expect(page.locator('.study')).toBeVisible();
});
