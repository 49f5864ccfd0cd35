import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import {
	applyReconciliation,
	getAllCards,
	getCard,
	getCardsInSet,
	getDueCards,
	putCards
} from './cards';
import { databaseDigest } from './digest';
import { getMeta } from './meta';
import { commitReview } from './reviews';
import { T0, minutesAfterT0, newCard, openTestDb, reviewOf } from './test-fixtures';

const ids = (records: { itemId: string }[]) => records.map((record) => record.itemId);

describe('cards', () => {
	it('putCards stores many cards; getAllCards returns them by item id', async () => {
		const { db } = await openTestDb();
		await putCards(db, [newCard('whos-who-2'), newCard('timeline-1'), newCard('timeline-10')]);
		expect(ids(await getAllCards(db))).toEqual(['timeline-1', 'timeline-10', 'whos-who-2']);
		expect(await getCard(db, 'timeline-1')).toEqual(newCard('timeline-1'));
		expect(await getCard(db, 'timeline-2')).toBeUndefined();
	});

	it('putCards writes all or none', async () => {
		const { db } = await openTestDb();
		await putCards(db, [newCard('timeline-1')]);
		const before = await databaseDigest(db);
		const broken = { ...newCard('timeline-3'), itemId: undefined as never };
		await expect(putCards(db, [newCard('timeline-2'), broken])).rejects.toMatchObject({
			kind: 'corrupt'
		});
		expect(await databaseDigest(db)).toBe(before);
	});

	it('getDueCards uses the byDue index: due by `until`, earliest first, not suspended', async () => {
		const { db } = await openTestDb();
		const learned = reviewOf(newCard('timeline-2'), Rating.Good, T0).card; // due 10 minutes later
		await putCards(db, [
			newCard('timeline-1', minutesAfterT0(5)),
			learned,
			newCard('timeline-3', minutesAfterT0(60)),
			{ ...newCard('timeline-4', T0), suspended: true }
		]);
		expect(ids(await getDueCards(db, minutesAfterT0(10)))).toEqual(['timeline-1', 'timeline-2']);
		expect(ids(await getDueCards(db, minutesAfterT0(9)))).toEqual(['timeline-1']);
	});

	it('getCardsInSet uses the bySet index', async () => {
		const { db } = await openTestDb();
		await putCards(db, [newCard('timeline-1'), newCard('whos-who-1'), newCard('timeline-2')]);
		expect(ids(await getCardsInSet(db, 'timeline'))).toEqual(['timeline-1', 'timeline-2']);
		expect(await getCardsInSet(db, 'tariff-threat')).toEqual([]);
	});
});

describe('applyReconciliation', () => {
	it('adds new cards, suspends, restores and moves, stamping meta in the same transaction', async () => {
		const { db } = await openTestDb();
		await putCards(db, [
			newCard('timeline-1'),
			newCard('timeline-2'),
			{ ...newCard('timeline-3'), suspended: true },
			newCard('timeline-4')
		]);

		const result = await applyReconciliation(db, {
			add: [newCard('timeline-5'), { ...newCard('timeline-1'), suspended: true }],
			suspend: [newCard('timeline-2'), newCard('gone-1')],
			restore: [{ itemId: 'timeline-3', setId: 'us-intervention' }],
			move: [{ itemId: 'timeline-4', setId: 'el-salvador' }],
			stamp: { contentVersion: 'bank-2', at: minutesAfterT0(1) }
		});

		expect(result).toEqual({ added: 1, suspended: 1, restored: 1, moved: 1 });
		const cards = new Map((await getAllCards(db)).map((record) => [record.itemId, record]));
		expect(cards.get('timeline-1')?.suspended).toBe(false);
		expect(cards.get('timeline-2')?.suspended).toBe(true);
		expect(cards.get('timeline-3')).toMatchObject({ suspended: false, setId: 'us-intervention' });
		expect(cards.get('timeline-4')?.setId).toBe('el-salvador');
		expect(cards.has('timeline-5')).toBe(true);
		expect(cards.has('gone-1')).toBe(false);
		expect(await getMeta(db, 'contentVersion')).toBe('bank-2');
		expect(await getMeta(db, 'lastReconciledAt')).toEqual(minutesAfterT0(1));
	});

	it('keeps a review saved after the reconciliation was computed', async () => {
		const { db } = await openTestDb();
		await putCards(db, [newCard('timeline-1')]);
		const seen = await getAllCards(db);
		const reviewed = reviewOf(newCard('timeline-1'), Rating.Good, minutesAfterT0(2));
		await commitReview(db, reviewed);

		await applyReconciliation(db, { add: [], suspend: seen, restore: [] });

		expect(await getCard(db, 'timeline-1')).toEqual({ ...reviewed.card, suspended: true });
	});

	it('counts nothing and writes nothing when everything is already as wanted', async () => {
		const { db } = await openTestDb();
		await putCards(db, [newCard('timeline-1'), { ...newCard('timeline-2'), suspended: true }]);
		const before = await databaseDigest(db);
		const result = await applyReconciliation(db, {
			add: [newCard('timeline-1')],
			suspend: [newCard('timeline-2')],
			restore: [newCard('timeline-1')]
		});
		expect(result).toEqual({ added: 0, suspended: 0, restored: 0, moved: 0 });
		expect(await databaseDigest(db)).toBe(before);
	});
});
