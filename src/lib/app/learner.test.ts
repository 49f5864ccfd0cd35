import { Rating, State } from 'ts-fsrs';
import { afterEach, describe, expect, it } from 'vitest';
import { setStarts } from '$lib/srs/new-order';
import { defaultSettings } from '$lib/srs/settings';
import { reconcile } from '$lib/srs/reconcile';
import { buildQueue } from '$lib/srs/queue';
import {
	applyReconciliation,
	commitReview,
	getAllCards,
	getCard,
	putCards,
	saveSettings
} from '$lib/storage';
import type { RepasoDb } from '$lib/storage';
import { openTestDb, reviewOf } from '$lib/storage/test-fixtures';
import { readLearnerFrom, setRanks } from './learner';

const sets = [
	{ id: 'alpha', itemIds: ['alpha-1', 'alpha-2', 'alpha-3'] },
	{ id: 'beta', itemIds: ['beta-1', 'beta-2', 'beta-3', 'beta-4'] }
];
const created = new Date('2025-06-01T10:00:00Z');
const now = new Date('2025-06-10T12:00:00Z');
const zone = 'Europe/Madrid';

let db: RepasoDb | undefined;
afterEach(() => db?.close());

/** A database with every card of `sets` reconciled, as the app has it after start-up. */
async function reconciledDb(): Promise<RepasoDb> {
	({ db } = await openTestDb());
	const bankItems = sets.flatMap((set) => set.itemIds.map((id) => ({ id, setId: set.id })));
	await applyReconciliation(db, reconcile(bankItems, [], created));
	await saveSettings(db, { ...defaultSettings(), dailyNewLimit: 3 });
	return db;
}

async function card(db: RepasoDb, itemId: string) {
	const found = await getCard(db, itemId);
	if (!found) throw new Error(`no card ${itemId}`);
	return found;
}

describe('setRanks', () => {
	it('gives the consecutive ranks of one set’s items, in set-index order', () => {
		expect(setRanks(sets, 'alpha')).toEqual({ first: 0, last: 2 });
		expect(setRanks(sets, 'beta')).toEqual({ first: 3, last: 6 });
		expect(setRanks(sets, 'gamma')).toBeUndefined();
	});
});

describe('readLearnerFrom', () => {
	it('reads the next new cards in bank order, up to the daily limit', async () => {
		const db = await reconciledDb();
		const learner = await readLearnerFrom(db, now, zone);
		expect(learner.cards.map((record) => record.itemId)).toEqual(['alpha-1', 'alpha-2', 'alpha-3']);
		expect(learner.today).toEqual({ reviews: 0, introduced: 0, mature: 0, recalled: 0 });
	});

	it('mixes the sets’ new cards by default, and follows the sets when told to', async () => {
		const db = await reconciledDb();
		const mixed = await readLearnerFrom(db, now, zone, undefined, setStarts(sets));
		expect(mixed.cards.map((record) => record.itemId)).toEqual(['alpha-1', 'beta-1', 'alpha-2']);
		expect(buildQueue({ ...mixed, introducedToday: 0 }).map((record) => record.itemId)).toEqual([
			'alpha-1',
			'beta-1',
			'alpha-2'
		]);

		await saveSettings(db, { ...defaultSettings(), dailyNewLimit: 3, newCardOrder: 'bySet' });
		const bySet = await readLearnerFrom(db, now, zone, undefined, setStarts(sets));
		expect(bySet.cards.map((record) => record.itemId)).toEqual(['alpha-1', 'alpha-2', 'alpha-3']);
	});

	it('reads one set’s new cards when given its ranks', async () => {
		const db = await reconciledDb();
		const learner = await readLearnerFrom(db, now, zone, setRanks(sets, 'beta'));
		expect(learner.cards.map((record) => record.itemId)).toEqual(['beta-1', 'beta-2', 'beta-3']);
	});

	it('reads cards due by the end of the study day, not later ones, and counts today', async () => {
		const db = await reconciledDb();
		// Reviewed yesterday with Easy: due in days. Reviewed today with Again: a learning step.
		const yesterday = reviewOf(
			await card(db, 'alpha-1'),
			Rating.Easy,
			new Date('2025-06-09T09:00:00Z')
		);
		await commitReview(db, yesterday);
		const today = reviewOf(
			await card(db, 'alpha-2'),
			Rating.Again,
			new Date('2025-06-10T11:00:00Z')
		);
		await commitReview(db, today);
		const soon = {
			...(await card(db, 'beta-1')),
			card: { ...yesterday.card.card, due: new Date('2025-06-11T01:00:00Z') }
		};
		const later = {
			...(await card(db, 'beta-2')),
			card: { ...yesterday.card.card, due: new Date('2025-06-11T03:00:00Z') }
		};
		await putCards(db, [soon, later]);

		const learner = await readLearnerFrom(db, now, zone);
		const byId = new Map(learner.cards.map((record) => [record.itemId, record]));
		// Madrid's study day (from 04:00) ends at 02:00Z on the 11th.
		expect(byId.has('beta-1')).toBe(true);
		expect(byId.has('beta-2')).toBe(false);
		expect(byId.get('alpha-2')?.card.state).toBe(State.Learning);
		expect(byId.has('alpha-1')).toBe(false);
		expect(learner.today).toMatchObject({ reviews: 1, introduced: 1 });
		// One new card introduced today leaves two of the limit of three.
		const queue = buildQueue({ ...learner, introducedToday: learner.today.introduced });
		expect(queue.filter((record) => record.card.state === State.New)).toHaveLength(2);
	});

	it('never reads suspended cards', async () => {
		const db = await reconciledDb();
		const bankItems = [{ id: 'beta-4', setId: 'beta' }];
		await applyReconciliation(db, reconcile(bankItems, await getAllCards(db), now));
		const learner = await readLearnerFrom(db, now, zone);
		expect(learner.cards.map((record) => record.itemId)).toEqual(['beta-4']);
	});
});
