import { expect, test } from './test';
import { readDatabase, seedVersion1Database } from './database';
import { waitForTodayFigures } from './fixtures';

/**
 * A learner of the first release (schema version 1: one record per review) opens this version:
 * Chromium's real IndexedDB runs the upgrade, and nothing is lost.
 */
test('a version 1 database is upgraded in the browser with its reviews and cards kept', async ({
	page
}) => {
	await page.goto('/');
	// Today's figures shown: the page has done with the database, so replacing it below cannot
	// race a read that would open it again.
	await waitForTodayFigures(page);

	const reviewedAt = Date.now() - 60_000;
	await seedVersion1Database(page, { itemId: 'honduras-1', setId: 'honduras', reviewedAt });

	await page.reload();
	await expect(page.getByText('1 reviews today')).toBeVisible();

	const stored = await readDatabase(page);
	const studied = stored.cards.find((card) => card.itemId === 'honduras-1');
	expect(stored.version).toBe(4);
	expect(stored.stores).toEqual([
		'attempts',
		'cardChanges',
		'cardPages',
		'meta',
		'quizHistory',
		'quizSessions',
		'quizzes',
		'results',
		'reviewPages',
		'reviewTallies',
		'settings'
	]);
	expect(stored.reviews).toEqual([
		{ itemId: 'honduras-1', log: { review: reviewedAt, rating: 4 } }
	]);
	// The studied card keeps its schedule; reconciliation added and ranked the rest of the bank.
	expect(studied?.reps).toBe(1);
	expect(stored.cards.length).toBeGreaterThan(100);
	expect(stored.cards.filter((card) => card.bankRank === undefined)).toEqual([]);
});
