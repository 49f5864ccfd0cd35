import { expect, test } from './test';
import whosWho from '../../questions/sets/whos-who.json' with { type: 'json' };
import { activeItems, type QuestionSet } from '../../src/lib/content/schema';
import { readDatabase, seedVersion1Database } from './database';
import { waitForTodayFigures } from './fixtures';

const set = whosWho as QuestionSet;
const retired = set.items.find((item) => item.id === 'whos-who-8')!;

/**
 * A learner studied an item in an earlier release; this bank retires it. Their history stays, the
 * card is suspended (no bank rank, so no queue and no counts), and no page shows the item.
 */
test('a retired item keeps its card and history but is no longer shown or studied', async ({
	page
}) => {
	expect(retired.retired).toBeDefined();
	await page.goto('/');
	// The app has opened the database (and let go of it) before it is replaced below.
	await waitForTodayFigures(page);
	const reviewedAt = Date.now() - 60_000;
	await seedVersion1Database(page, { itemId: retired.id, setId: set.id, reviewedAt });
	await page.reload();
	await expect(page.getByText('1 reviews today')).toBeVisible();

	const stored = await readDatabase(page);
	expect(stored.reviews).toEqual([{ itemId: retired.id, log: { review: reviewedAt, rating: 4 } }]);
	const card = stored.cards.find((record) => record.itemId === retired.id);
	expect(card).toMatchObject({ reps: 1, bankRank: undefined });
	const active = activeItems(set.items);
	const ranked = stored.cards.filter(
		(record) => record.itemId.startsWith(`${set.id}-`) && record.bankRank !== undefined
	);
	expect(ranked.map((record) => record.itemId).sort()).toEqual(
		active.map((item) => item.id).sort()
	);

	await page.goto(`/sets/${set.id}`);
	const items = page.locator('.items > li');
	await expect(items).toHaveCount(active.length);
	await expect(page.getByText(retired.prompt, { exact: true })).toHaveCount(0);
});
