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
}

/** One row per review, in the `reviews` store (auto-incremented `id`). */
export interface ReviewRecord {
	id?: number;
	itemId: string;
	/** The ts-fsrs log: `state` is the card's state before the review, `review` its time. */
	log: ReviewLog;
	/**
	 * The card's `due` before this review. ts-fsrs's log does not keep it (its rollback puts the review
	 * time in its place), so an exact undo needs it. Absent in records written without it.
	 */
	previousDue?: Date;
}
