import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { Rating, State } from 'ts-fsrs';
import { reconcile, suspended, type BankItemRef } from '$lib/srs/reconcile';
import type { CardRecord } from '$lib/srs/types';
import { masteredStabilityDays, progressOf } from '$lib/stats/progress';
import {
	applyReconciliation,
	countProgress,
	getAllCards,
	getCard,
	getEarliestDue,
	getQueueCards,
	putCards
} from './cards';
import { CARD_PAGE_CAPACITY } from './card-pages';
import { databaseDigest } from './digest';
import { getMeta } from './meta';
import { commitReview } from './reviews';
import { T0, minutesAfterT0, newCard, openTestDb, reviewOf } from './test-fixtures';

const ids = (records: { itemId: string }[]) => records.map((record) => record.itemId);

/** An active card at `bankRank` in the given state, due `dueMinutes` after T0. */
function ranked(
	itemId: string,
	bankRank: number | undefined,
	state = State.New,
	dueMinutes = 0,
	stability = 0
): CardRecord {
	const record = newCard(itemId);
	return {
		...record,
		card: { ...record.card, state, due: minutesAfterT0(dueMinutes), stability },
		...(bankRank !== undefined && { bankRank })
	};
}

function queueParts(records: CardRecord[]) {
	return {
		due: ids(records.filter((record) => record.card.state !== State.New)).sort(),
		fresh: ids(records.filter((record) => record.card.state === State.New))
	};
}

describe('cards', () => {
	it('putCards stores many cards, replacing by item; getAllCards returns them in the order put', async () => {
		const { db } = await openTestDb();
		await putCards(db, [newCard('whos-who-2'), newCard('timeline-1'), newCard('timeline-10')]);
		const moved = { ...newCard('timeline-1'), setId: 'elsewhere' };
		await putCards(db, [newCard('timeline-3'), moved]);
		expect(ids(await getAllCards(db))).toEqual([
			'whos-who-2',
			'timeline-1',
			'timeline-10',
			'timeline-3'
		]);
		expect(await getCard(db, 'timeline-1')).toEqual(moved);
		expect(await getCard(db, 'timeline-10')).toEqual(newCard('timeline-10'));
		expect(await getCard(db, 'timeline-2')).toBeUndefined();
	});

	it('putCards writes all or none', async () => {
		const { db } = await openTestDb();
		await putCards(db, [newCard('timeline-1')]);
		const before = await databaseDigest(db);
		const many = Array.from({ length: CARD_PAGE_CAPACITY + 1 }, (_, index) => {
			return newCard(`timeline-${index + 2}`);
		});
		const put = IDBObjectStore.prototype.put;
		// The second page's put fails after the first page went in.
		const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args
		) {
			if ((args[0] as { id?: number }).id === 1) {
				throw new DOMException('Disk full', 'QuotaExceededError');
			}
			return put.apply(this, args);
		});
		const error = await putCards(db, many).catch((caught: unknown) => caught);
		spy.mockRestore();
		expect(error).toMatchObject({ kind: 'quota' });
		expect(await databaseDigest(db)).toBe(before);
	});
});

describe('getQueueCards', () => {
	const cards = [
		ranked('timeline-1', 10, State.Learning, 5),
		ranked('timeline-2', 11, State.Review, 10), // due exactly at dueBefore: not before it
		ranked('timeline-3', 12, State.Relearning, -60),
		ranked('timeline-4', 13, State.Review, 60),
		ranked('timeline-5', 14, State.Review, -30),
		suspended(ranked('gone-1', 15, State.Review, -1000)),
		ranked('unranked-1', undefined, State.Learning, -1000),
		ranked('new-5', 5),
		ranked('new-1', 1),
		ranked('new-7', 7),
		ranked('new-2', 2),
		suspended(ranked('new-0', 0)),
		ranked('new-unranked', undefined)
	];

	it('returns active cards due before `dueBefore`, then the first new cards by bank rank', async () => {
		const { db } = await openTestDb();
		await putCards(db, cards);

		const queued = await getQueueCards(db, { dueBefore: minutesAfterT0(10), newLimit: 3 });

		expect(queueParts(queued)).toEqual({
			due: ['timeline-1', 'timeline-3', 'timeline-5'],
			fresh: ['new-1', 'new-2', 'new-5']
		});
		expect(queued.find((record) => record.itemId === 'timeline-1')).toEqual(cards[0]);
	});

	it('gives no new cards for a limit of 0, and only ranks within `newRanks` when given', async () => {
		const { db } = await openTestDb();
		await putCards(db, cards);
		const query = (newLimit: number, newRanks?: { first: number; last: number }) =>
			getQueueCards(db, {
				dueBefore: minutesAfterT0(-500),
				newLimit,
				...(newRanks && { newRanks })
			});

		expect(await query(0)).toEqual([]);
		expect(queueParts(await query(10, { first: 2, last: 7 })).fresh).toEqual([
			'new-2',
			'new-5',
			'new-7'
		]);
		expect(queueParts(await query(2, { first: 2, last: 7 })).fresh).toEqual(['new-2', 'new-5']);
		expect(queueParts(await query(10, { first: 6, last: 6 })).fresh).toEqual([]);
		expect(queueParts(await query(10, { first: 0, last: 1 })).fresh).toEqual(['new-1']);
	});

	it('finds the earliest learning and review card due from a time, in one set when asked', async () => {
		const { db } = await openTestDb();
		await putCards(db, [...cards, ranked('whos-who-1', 20, State.Review, 30)]);
		const earliest = (from: number, setId?: string) =>
			getEarliestDue(db, { from: minutesAfterT0(from), ...(setId && { setId }) });

		// Suspended and unranked cards never count; new cards have no due date that matters.
		expect(await earliest(-100)).toEqual([
			{ state: State.Relearning, due: minutesAfterT0(-60) },
			{ state: State.Review, due: minutesAfterT0(-30) }
		]);
		expect(await earliest(6)).toEqual([{ state: State.Review, due: minutesAfterT0(10) }]);
		expect(await earliest(11, 'whos-who')).toEqual([
			{ state: State.Review, due: minutesAfterT0(30) }
		]);
		expect(await earliest(61)).toEqual([]);
	});

	it('equals filtering all the cards by hand', async () => {
		const specs = fc.uniqueArray(
			fc.record({
				rank: fc.nat({ max: 60 }),
				state: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
				due: fc.integer({ min: -100, max: 100 }),
				kind: fc.constantFrom('active', 'active', 'active', 'suspended', 'unranked')
			}),
			{ selector: (spec) => spec.rank, maxLength: 40 }
		);
		const query = fc.record({
			dueBefore: fc.integer({ min: -110, max: 110 }),
			newLimit: fc.nat({ max: 12 }),
			newRanks: fc.option(
				fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 60 })).map(([a, b]) => ({
					first: Math.min(a, b),
					last: Math.max(a, b)
				})),
				{ nil: undefined }
			)
		});
		await fc.assert(
			fc.asyncProperty(specs, query, async (specs, { dueBefore, newLimit, newRanks }) => {
				const records = specs.map(({ rank, state, due, kind }, index) => {
					const record = ranked(
						`item-${index}`,
						kind === 'unranked' ? undefined : rank,
						state,
						due
					);
					return kind === 'suspended' ? suspended(record) : record;
				});
				const { db } = await openTestDb();
				await putCards(db, records);

				const queued = await getQueueCards(db, {
					dueBefore: minutesAfterT0(dueBefore),
					newLimit,
					...(newRanks && { newRanks })
				});

				const active = records.filter(
					(record) => !record.suspended && record.bankRank !== undefined
				);
				const rank = (record: CardRecord) => record.bankRank as number;
				expect(queueParts(queued)).toEqual({
					due: ids(
						active.filter(
							(record) =>
								record.card.state !== State.New && record.card.due < minutesAfterT0(dueBefore)
						)
					).sort(),
					fresh: ids(
						active
							.filter((record) => record.card.state === State.New)
							.filter(
								(record) =>
									!newRanks || (rank(record) >= newRanks.first && rank(record) <= newRanks.last)
							)
							.sort((a, b) => rank(a) - rank(b))
							.slice(0, newLimit)
					)
				});
				db.close();
			}),
			{ numRuns: 60 }
		);
	});
});

describe('countProgress', () => {
	it('counts new, learning and mastered active cards per set', async () => {
		const { db } = await openTestDb();
		await putCards(db, [
			ranked('timeline-1', 0),
			ranked('timeline-2', 1),
			ranked('timeline-3', 2, State.Learning, 0, 3),
			ranked('timeline-4', 3, State.Review, 0, 30),
			ranked('timeline-5', 4, State.Review, 0, masteredStabilityDays),
			ranked('timeline-6', 5, State.Review, 0, masteredStabilityDays - 0.001),
			ranked('timeline-7', 6, State.Relearning, 0, 40),
			suspended(ranked('timeline-8', 7, State.Review, 0, 90)),
			suspended(ranked('timeline-9', 8)),
			ranked('whos-who-1', 9)
		]);

		const progress = await countProgress(db, ['timeline', 'whos-who', 'tariff-threat']);

		expect(Object.fromEntries(progress)).toEqual({
			timeline: { new: 2, learning: 3, mastered: 2 },
			'whos-who': { new: 1, learning: 0, mastered: 0 },
			'tariff-threat': { new: 0, learning: 0, mastered: 0 }
		});
	});

	it('equals progressOf over the same cards', async () => {
		const specs = fc.array(
			fc.record({
				setId: fc.constantFrom('timeline', 'whos-who', 'el-salvador'),
				state: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
				stability: fc.oneof(
					fc.constantFrom(0, masteredStabilityDays, masteredStabilityDays - 1e-9),
					fc.double({ min: 0, max: 400, noNaN: true })
				),
				suspended: fc.boolean()
			}),
			{ maxLength: 40 }
		);
		await fc.assert(
			fc.asyncProperty(specs, async (specs) => {
				const records = specs.map((spec, index) => {
					const record = {
						...ranked(`${spec.setId}-${index}`, index, spec.state, 0, spec.stability),
						setId: spec.setId
					};
					return spec.suspended ? suspended(record) : record;
				});
				const { db } = await openTestDb();
				await putCards(db, records);
				const setIds = ['timeline', 'whos-who', 'el-salvador'];

				const progress = await countProgress(db, setIds);

				for (const setId of setIds) {
					expect(progress.get(setId)).toEqual(
						progressOf(records.filter((record) => record.setId === setId))
					);
				}
				db.close();
			}),
			{ numRuns: 60 }
		);
	});
});

describe('applyReconciliation', () => {
	it('adds, suspends, restores and updates, stamping meta in the same transaction', async () => {
		const { db } = await openTestDb();
		await putCards(db, [
			ranked('timeline-1', 0),
			ranked('timeline-2', 1),
			suspended(ranked('timeline-3', 2)),
			ranked('timeline-4', 3),
			ranked('timeline-6', 5)
		]);

		const result = await applyReconciliation(db, {
			add: [ranked('timeline-5', 4), suspended(ranked('timeline-1', 0))],
			suspend: [ranked('timeline-2', 1), ranked('gone-1', 9)],
			restore: [{ itemId: 'timeline-3', setId: 'us-intervention', bankRank: 7 }],
			update: [
				{ itemId: 'timeline-4', setId: 'el-salvador', bankRank: 3 },
				{ itemId: 'timeline-6', setId: 'timeline', bankRank: 1 }
			],
			stamp: { contentVersion: 'bank-2', at: minutesAfterT0(1) }
		});

		expect(result).toEqual({ added: 1, suspended: 1, restored: 1, updated: 2 });
		const stored = new Map((await getAllCards(db)).map((record) => [record.itemId, record]));
		expect(stored.get('timeline-1')).toEqual(ranked('timeline-1', 0));
		expect(stored.get('timeline-2')).toEqual(suspended(ranked('timeline-2', 1)));
		expect(stored.get('timeline-2')).not.toHaveProperty('bankRank');
		expect(stored.get('timeline-3')).toMatchObject({
			suspended: false,
			setId: 'us-intervention',
			bankRank: 7
		});
		expect(stored.get('timeline-4')).toMatchObject({ setId: 'el-salvador', bankRank: 3 });
		expect(stored.get('timeline-6')).toMatchObject({ setId: 'timeline', bankRank: 1 });
		expect(stored.get('timeline-5')).toEqual(ranked('timeline-5', 4));
		expect(stored.has('gone-1')).toBe(false);
		expect(await getMeta(db, 'contentVersion')).toBe('bank-2');
		expect(await getMeta(db, 'lastReconciledAt')).toEqual(minutesAfterT0(1));
	});

	it('ranks new cards in bank order, and re-ranks them when the bank changes', async () => {
		const { db } = await openTestDb();
		const item = (id: string): BankItemRef => ({ id, setId: id.replace(/-\d+$/, '') });
		const newCards = async () => ids(await getQueueCards(db, { dueBefore: T0, newLimit: 10 }));
		const apply = async (bank: BankItemRef[]) =>
			applyReconciliation(db, reconcile(bank, await getAllCards(db), T0));

		await apply(['whos-who-2', 'timeline-1', 'timeline-3', 'timeline-2'].map(item));
		expect(await newCards()).toEqual(['whos-who-2', 'timeline-1', 'timeline-3', 'timeline-2']);
		expect((await getCard(db, 'timeline-3'))?.bankRank).toBe(2);

		// An item added at the front, one removed: the rest move along.
		const result = await apply(['timeline-0', 'timeline-1', 'timeline-2', 'whos-who-2'].map(item));
		expect(result).toEqual({ added: 1, suspended: 1, restored: 0, updated: 2 });
		expect(await newCards()).toEqual(['timeline-0', 'timeline-1', 'timeline-2', 'whos-who-2']);
		expect(await getCard(db, 'timeline-3')).toEqual(suspended(ranked('timeline-3', 2)));

		// The removed item comes back in the middle; reconciling twice changes nothing more.
		const bank = ['timeline-0', 'timeline-3', 'timeline-1', 'timeline-2', 'whos-who-2'].map(item);
		expect(await apply(bank)).toEqual({ added: 0, suspended: 0, restored: 1, updated: 3 });
		expect(await newCards()).toEqual(bank.map((entry) => entry.id));
		const before = await databaseDigest(db);
		expect(await apply(bank)).toEqual({ added: 0, suspended: 0, restored: 0, updated: 0 });
		expect(await databaseDigest(db)).toBe(before);
	});

	it('keeps a review saved after the reconciliation was computed', async () => {
		const { db } = await openTestDb();
		await putCards(db, [ranked('timeline-1', 0)]);
		const seen = await getAllCards(db);
		const reviewed = reviewOf(ranked('timeline-1', 0), Rating.Good, minutesAfterT0(2));
		await commitReview(db, reviewed);

		await applyReconciliation(db, { add: [], suspend: seen, restore: [] });

		expect(await getCard(db, 'timeline-1')).toEqual(suspended(reviewed.card));
	});

	it('counts nothing and writes nothing when everything is already as wanted', async () => {
		const { db } = await openTestDb();
		await putCards(db, [ranked('timeline-1', 0), suspended(ranked('timeline-2', 1))]);
		const before = await databaseDigest(db);
		const result = await applyReconciliation(db, {
			add: [ranked('timeline-1', 0)],
			suspend: [ranked('timeline-2', 1)],
			restore: [ranked('timeline-1', 0)],
			update: [{ itemId: 'timeline-1', setId: 'timeline', bankRank: 0 }]
		});
		expect(result).toEqual({ added: 0, suspended: 0, restored: 0, updated: 0 });
		expect(await databaseDigest(db)).toBe(before);
	});
});
