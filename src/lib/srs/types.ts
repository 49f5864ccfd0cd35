/** The learner's records, as the scheduler computes them and storage keeps them. */
import type { Card, ReviewLog } from 'ts-fsrs';

/** One card per bank item; `itemId` is the item's stable id. */
export interface CardRecord {
	itemId: string;
	setId: string;
	/** The ts-fsrs card state (dates are Date objects; IndexedDB stores them as such). */
	card: Card;
	/** True when the item left the bank: the card and its history are kept but not shown. */
	suspended: boolean;
	/**
	 * The item's position in the bank (sets in order, then items), set by reconciliation; absent on
	 * suspended cards, which is how storage tells the active ones. New cards are introduced in
	 * this order.
	 */
	bankRank?: number;
}

/** One review, as the review log keeps it (in commit order; see storage/review-pages.ts). */
export interface ReviewRecord {
	itemId: string;
	/** The ts-fsrs log: `state` is the card's state before the review, `review` its time. */
	log: ReviewLog;
	/**
	 * The card's `due` before this review. ts-fsrs's log does not keep it (its rollback puts the review
	 * time in its place), so an exact undo needs it. Absent in records written without it.
	 */
	previousDue?: Date;
}
