import { describe, expect, it } from 'vitest';
import { Rating, State } from 'ts-fsrs';
import { Scheduler } from '$lib/srs/scheduler';
import { defaultSettings } from '$lib/srs/settings';
import type { CardRecord } from '$lib/srs/types';
import { getCard, putCards } from './cards';
import { databaseDigest } from './digest';
import { StorageError } from './errors';
import {
	commitReview,
	reviewTimesSince,
	reviewsBetween,
	reviewsForItem,
	undoLastReview
} from './reviews';
import type { RepasoDb } from './schema';
import { minutesAfterT0, newCard, openTestDb, reviewOf, rollback } from './test-fixtures';

/** Commits `rating` for `itemId` at `minutes` after T0, starting from the stored card. */
async function study(
	db: RepasoDb,
	itemId: string,
	rating: Rating.Again | Rating.Good,
	minutes: number
) {
	const current = (await getCard(db, itemId)) ?? newCard(itemId);
	const review = reviewOf(current, rating, minutesAfterT0(minutes));
	const id = await commitReview(db, review);
	return { ...review, id };
}

describe('commitReview', () => {
	it('keeps the due date before the review, so undo restores a late-reviewed card exactly', async () => {
		const { db } = await openTestDb();
		const scheduler = new Scheduler(defaultSettings());
		await study(db, 'timeline-1', Rating.Good, 0);
		await study(db, 'timeline-1', Rating.Good, 15);
		await study(db, 'timeline-1', Rating.Good, 30);
		const before = (await getCard(db, 'timeline-1'))!;
		// Reviewed three days after it fell due: ts-fsrs's rollback alone would lose the due date.
		const late = new Date(before.card.due.getTime() + 3 * 86_400_000);
		const { record, review } = scheduler.reviewRecord(before, Rating.Good, late);
		const id = await commitReview(db, {
			card: record,
			log: review.log,
			previousDue: review.previousDue
		});

		expect((await db.get('reviews', id))?.previousDue).toEqual(before.card.due);
		const undone = await undoLastReview(db, (card, stored) => scheduler.undo(card, stored));
		expect(undone?.card).toEqual(before);
		expect(await getCard(db, 'timeline-1')).toEqual(before);
	});

	it('stores the updated card and the log together and returns the log id', async () => {
		const { db } = await openTestDb();
		const { card, log, id } = await study(db, 'timeline-1', Rating.Good, 0);

		expect(id).toBe(1);
		expect(await getCard(db, 'timeline-1')).toEqual(card);
		expect(await db.get('reviews', id)).toEqual({ id, itemId: 'timeline-1', log });
		expect(card.card.state).toBe(State.Learning);
	});

	it('writes nothing when the log cannot be stored, and says the data is invalid', async () => {
		const { db } = await openTestDb();
		await study(db, 'timeline-1', Rating.Good, 0);
		const before = await databaseDigest(db);
		const current = (await getCard(db, 'timeline-1')) as CardRecord;
		const { card, log } = reviewOf(current, Rating.Good, minutesAfterT0(15));
		// A function cannot be cloned into IndexedDB: the second write of the transaction fails.
		const unstorableLog = { ...log, note: () => 'not data' };

		const error = await commitReview(db, { card, log: unstorableLog }).catch((e: unknown) => e);

		expect(error).toBeInstanceOf(StorageError);
		expect(error).toMatchObject({ kind: 'corrupt', cause: { name: 'DataCloneError' } });
		expect(await databaseDigest(db)).toBe(before);
	});

	it('writes nothing when the card has an invalid key', async () => {
		const { db } = await openTestDb();
		await study(db, 'timeline-1', Rating.Good, 0);
		const before = await databaseDigest(db);
		const { card, log } = reviewOf(newCard('timeline-2'), Rating.Good, minutesAfterT0(5));

		const failing = commitReview(db, { card: { ...card, itemId: { bad: true } as never }, log });

		await expect(failing).rejects.toMatchObject({ kind: 'corrupt', cause: { name: 'DataError' } });
		expect(await databaseDigest(db)).toBe(before);
	});

	it('fails as closed once the connection is closed', async () => {
		const { db } = await openTestDb();
		db.close();
		const review = reviewOf(newCard(), Rating.Good, minutesAfterT0(0));
		await expect(commitReview(db, review)).rejects.toMatchObject({ kind: 'closed' });
	});
});

describe('undoLastReview', () => {
	it('removes the latest review and stores the card as it was before it', async () => {
		const { db } = await openTestDb();
		const first = await study(db, 'timeline-1', Rating.Good, 0);
		await study(db, 'timeline-2', Rating.Good, 5);
		const last = await study(db, 'timeline-1', Rating.Again, 30);

		const undone = await undoLastReview(db, rollback);

		expect(undone?.review).toEqual({ id: last.id, itemId: 'timeline-1', log: last.log });
		expect(undone?.card.card).toEqual(rollback(last.card.card, last));
		expect(await getCard(db, 'timeline-1')).toEqual(undone?.card);
		expect((await getCard(db, 'timeline-1'))?.card.reps).toBe(first.card.card.reps);
		expect((await reviewsForItem(db, 'timeline-1')).map((review) => review.id)).toEqual([first.id]);
	});

	it('takes the later-stored review when two share the latest time', async () => {
		const { db } = await openTestDb();
		const a = await study(db, 'timeline-1', Rating.Good, 10);
		const b = await study(db, 'timeline-2', Rating.Good, 10);
		await study(db, 'timeline-3', Rating.Good, 5);

		expect((await undoLastReview(db, rollback))?.review.id).toBe(b.id);
		expect((await undoLastReview(db, rollback))?.review.id).toBe(a.id);
	});

	it('undoes back to an empty history, then returns null', async () => {
		const { db } = await openTestDb();
		const fresh = newCard('timeline-1');
		await study(db, 'timeline-1', Rating.Good, 0);
		await study(db, 'timeline-1', Rating.Good, 15);

		await undoLastReview(db, rollback);
		await undoLastReview(db, rollback);

		expect(await undoLastReview(db, rollback)).toBeNull();
		expect((await getCard(db, 'timeline-1'))?.card).toMatchObject({
			state: State.New,
			reps: 0,
			due: fresh.card.due
		});
	});

	it('changes nothing when restore throws, and passes its error on unchanged', async () => {
		const { db } = await openTestDb();
		await study(db, 'timeline-1', Rating.Good, 0);
		const before = await databaseDigest(db);
		const bug = new TypeError('restore failed');

		await expect(
			undoLastReview(db, () => {
				throw bug;
			})
		).rejects.toBe(bug);
		expect(await databaseDigest(db)).toBe(before);
	});

	it('fails as corrupt when the latest review has no card', async () => {
		const { db } = await openTestDb();
		const { log } = reviewOf(newCard('timeline-1'), Rating.Good, minutesAfterT0(0));
		await db.add('reviews', { itemId: 'timeline-1', log });

		await expect(undoLastReview(db, rollback)).rejects.toMatchObject({
			kind: 'corrupt',
			message: expect.stringContaining('timeline-1')
		});
		expect(await db.count('reviews')).toBe(1);
	});
});

describe('reading reviews', () => {
	it('reviewsBetween returns [start, end) in time order through the byTime index', async () => {
		const { db } = await openTestDb();
		await study(db, 'timeline-1', Rating.Good, 0);
		await study(db, 'timeline-2', Rating.Good, 60);
		await study(db, 'timeline-1', Rating.Good, 30);
		await study(db, 'timeline-3', Rating.Good, 120);

		const reviews = await reviewsBetween(db, minutesAfterT0(0), minutesAfterT0(120));

		expect(reviews.map((review) => [review.itemId, review.log.review])).toEqual([
			['timeline-1', minutesAfterT0(0)],
			['timeline-1', minutesAfterT0(30)],
			['timeline-2', minutesAfterT0(60)]
		]);
		expect(await reviewsBetween(db, minutesAfterT0(120), minutesAfterT0(0))).toEqual([]);
	});

	it('reviewTimesSince returns the times from `since` on, oldest first', async () => {
		const { db } = await openTestDb();
		await study(db, 'timeline-1', Rating.Good, 90);
		await study(db, 'timeline-2', Rating.Good, 10);
		await study(db, 'timeline-3', Rating.Good, 30);

		expect(await reviewTimesSince(db, minutesAfterT0(30))).toEqual([
			minutesAfterT0(30),
			minutesAfterT0(90)
		]);
	});

	it('reviewsForItem returns one card’s reviews by time, then by storage order', async () => {
		const { db } = await openTestDb();
		const base = newCard('timeline-1');
		const late = reviewOf(base, Rating.Good, minutesAfterT0(50));
		const early = reviewOf(base, Rating.Again, minutesAfterT0(10));
		await putCards(db, [base]);
		const lateId = await commitReview(db, late);
		const earlyId = await commitReview(db, early);
		const tieId = await commitReview(db, { ...early, log: { ...early.log, rating: Rating.Hard } });
		await study(db, 'timeline-2', Rating.Good, 20);

		const history = await reviewsForItem(db, 'timeline-1');

		expect(history.map((review) => review.id)).toEqual([earlyId, tieId, lateId]);
	});
});
