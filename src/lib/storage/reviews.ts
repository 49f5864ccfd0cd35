/** Reviews: the card and its log are written together, and undone together. */
import type { Card, ReviewLog } from 'ts-fsrs';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import { StorageError } from './errors';
import type { RepasoDb } from './schema';
import { transact } from './transaction';

export interface ReviewToCommit {
	/** The card as the scheduler left it after this review. */
	card: CardRecord;
	log: ReviewLog;
	/** The card's due date before the review, which makes undo exact (see ReviewRecord). */
	previousDue?: Date;
}

/**
 * Saves a review: the updated card and its log in one transaction that must reach the disk before
 * this resolves, so the screen can move on knowing the review is kept. Resolves to the log's id.
 *
 * @example
 * const { card, log } = scheduler.next(record.card, now, Rating.Good);
 * const id = await commitReview(db, { card: { ...record, card }, log });
 */
export function commitReview(db: RepasoDb, review: ReviewToCommit): Promise<number> {
	return transact(
		db,
		['cards', 'reviews'],
		'readwrite',
		async (tx) => {
			await tx.objectStore('cards').put(review.card);
			const { previousDue } = review;
			return tx
				.objectStore('reviews')
				.add({ itemId: review.card.itemId, log: review.log, ...(previousDue && { previousDue }) });
		},
		{ durability: 'strict' }
	);
}

export interface UndoneReview {
	/** The log that was removed. */
	review: ReviewRecord & { id: number };
	/** The card as `restore` rebuilt it, now stored. */
	card: CardRecord;
}

/**
 * Takes back the most recent review of any card (latest review time; the later-stored one on a tie):
 * deletes its log and stores the card `restore` rebuilds, in one transaction. Resolves to null when
 * there is nothing to undo. `restore` runs inside the transaction, so it must be synchronous.
 *
 * @example
 * const undone = await undoLastReview(db, (card, review) => scheduler.undo(card, review));
 */
export function undoLastReview(
	db: RepasoDb,
	restore: (card: Card, review: ReviewRecord) => Card
): Promise<UndoneReview | null> {
	return transact(
		db,
		['cards', 'reviews'],
		'readwrite',
		async (tx) => {
			const reviews = tx.objectStore('reviews');
			const latest = await reviews.index('byTime').openCursor(null, 'prev');
			if (!latest) return null;
			const review = latest.value;
			const current = await tx.objectStore('cards').get(review.itemId);
			if (!current) {
				throw new StorageError('corrupt', {
					message: `Repaso's data is damaged: the last review has no card (${review.itemId}).`
				});
			}
			const card: CardRecord = { ...current, card: restore(current.card, review) };
			await latest.delete();
			await tx.objectStore('cards').put(card);
			return { review: { ...review, id: latest.primaryKey }, card };
		},
		{ durability: 'strict' }
	);
}

/**
 * Reviews made in [start, end), oldest first.
 *
 * @example const today = await reviewsBetween(db, startOfDay, startOfNextDay);
 */
export function reviewsBetween(db: RepasoDb, start: Date, end: Date): Promise<ReviewRecord[]> {
	if (!(start < end)) return Promise.resolve([]);
	return transact(db, ['reviews'], 'readonly', (tx) =>
		tx.store.index('byTime').getAll(IDBKeyRange.bound(start, end, false, true))
	);
}

/**
 * When each review since `since` was made, oldest first: all a streak needs.
 *
 * @example const times = await reviewTimesSince(db, oneYearAgo);
 */
export async function reviewTimesSince(db: RepasoDb, since: Date): Promise<Date[]> {
	const reviews = await transact(db, ['reviews'], 'readonly', (tx) =>
		tx.store.index('byTime').getAll(IDBKeyRange.lowerBound(since))
	);
	return reviews.map((review) => review.log.review);
}

/**
 * One card's reviews, oldest first (by review time, then by the order they were stored).
 *
 * @example const history = await reviewsForItem(db, 'timeline-3');
 */
export async function reviewsForItem(db: RepasoDb, itemId: string): Promise<ReviewRecord[]> {
	const reviews = await transact(db, ['reviews'], 'readonly', (tx) =>
		tx.store.index('byItem').getAll(itemId)
	);
	return reviews.sort(
		(a, b) => a.log.review.getTime() - b.log.review.getTime() || (a.id ?? 0) - (b.id ?? 0)
	);
}
