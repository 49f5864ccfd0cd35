/** Reviews: the card, its log and the day's tally are written together, and undone together. */
import type { Card, ReviewLog } from 'ts-fsrs';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import {
	addStudyTime,
	countReview,
	tallyDayOf,
	tallyReviews,
	type ReviewTally
} from '$lib/stats/review-tally';
import { CARD_STORES, putCardChange, readCard } from './cards';
import { StorageError } from './errors';
import { boundedCounts } from './limits';
import {
	appendReview,
	unpackReviews,
	joinReviews,
	joinsBefore,
	logsOf,
	pageRows,
	logPages,
	removeAt,
	removeNewest,
	packReviews,
	reviewIdentityAt,
	reviewTimeAt,
	type PackedReviews,
	type ReviewPage
} from './review-pages';
import type { RepasoDb, StoreName } from './schema';
import { requestAll, transact, type RepasoTransaction } from './transaction';

export interface ReviewToCommit {
	/** The card as the scheduler left it after this review. */
	card: CardRecord;
	log: ReviewLog;
	/** The card's due date before the review, which makes undo exact (see ReviewRecord). */
	previousDue?: Date;
	/**
	 * Milliseconds the learner spent on the card. Only the day's tally keeps it, not the log: an
	 * undo leaves it counted, and a backup does not carry it.
	 */
	studyMs?: number;
}

/** A review writes its card, its log and its day's tally together. */
const REVIEW_STORES = [...CARD_STORES, 'reviewPages', 'reviewTallies'] as const;
type LogTransaction = RepasoTransaction<typeof REVIEW_STORES, 'readwrite'>;

async function lastPage(tx: LogTransaction) {
	return (await tx.objectStore('reviewPages').openCursor(null, 'prev'))?.value;
}

/** Appends a record to the log (see appendReview: the page before the last is read only if needed). */
async function appendToLog(tx: LogTransaction, record: ReviewRecord): Promise<void> {
	const pages = tx.objectStore('reviewPages');
	const last = await lastPage(tx);
	const beforeLast = last && joinsBefore(last) ? await pages.get(last.id - 1) : undefined;
	await requestAll(appendReview(last, record, beforeLast).put, (page) => pages.put(page));
}

async function updateTally(
	tx: LogTransaction,
	log: ReviewLog,
	change: 1 | -1,
	studyMs = 0
): Promise<void> {
	const tallies = tx.objectStore('reviewTallies');
	const counted = countReview(await tallies.get(tallyDayOf(log.review)), log, change);
	const tally = studyMs > 0 ? addStudyTime(counted, log.review, studyMs) : counted;
	// A day whose only reviews were undone goes, so the tallies stay exactly tallyReviews(log).
	await (tally.counts.some((count) => count > 0) ? tallies.put(tally) : tallies.delete(tally.day));
}

async function writeReview(tx: LogTransaction, review: ReviewToCommit): Promise<void> {
	const { card, log, previousDue, studyMs } = review;
	const record: ReviewRecord = { itemId: card.itemId, log, ...(previousDue && { previousDue }) };
	await Promise.all([
		putCardChange(tx, { ...card, card: boundedCounts(card.card) }),
		appendToLog(tx, record),
		updateTally(tx, log, 1, studyMs)
	]);
}

/**
 * Saves a review as given: the updated card, its log and the day's tally in one transaction that
 * must reach the disk before this resolves. Study uses gradeCard, which schedules from the stored
 * card; this writes histories made elsewhere (tests, fixtures).
 *
 * @example
 * const { card, log } = scheduler.next(record.card, now, Rating.Good);
 * await commitReview(db, { card: { ...record, card }, log });
 */
export function commitReview(db: RepasoDb, review: ReviewToCommit): Promise<void> {
	return transact(db, REVIEW_STORES, 'readwrite', (tx) => writeReview(tx, review), {
		durability: 'strict'
	});
}

/** A card and its review as the scheduler made them (Scheduler.reviewRecord). */
export interface ScheduledReview {
	record: CardRecord;
	review: ReviewRecord;
}

/**
 * Grades a card: the transaction reads the card as stored, `schedule` (synchronous, it runs inside
 * the transaction) computes the review from it, and card, log and tally are written together and
 * reach the disk before this resolves. Another tab may have reviewed the card since this one showed
 * it; scheduling from the stored card means such a review builds on that one, never on a stale copy.
 * `studyMs` is the time spent on the card (see ReviewToCommit). Resolves to what was written.
 *
 * @example
 * const saved = await gradeCard(db, 'timeline-3', (stored) =>
 *   scheduler.reviewRecord(stored, Rating.Good, now)
 * );
 */
export function gradeCard(
	db: RepasoDb,
	itemId: string,
	schedule: (stored: CardRecord) => ScheduledReview,
	studyMs?: number
): Promise<ScheduledReview> {
	return transact(
		db,
		REVIEW_STORES,
		'readwrite',
		async (tx) => {
			const stored = await readCard(tx, itemId);
			if (!stored)
				throw new StorageError('corrupt', { message: noCard(itemId), problem: 'missing-card' });
			const made = schedule(stored);
			const scheduled = {
				...made,
				record: { ...made.record, card: boundedCounts(made.record.card) }
			};
			const { log, previousDue } = scheduled.review;
			await writeReview(tx, { card: scheduled.record, log, previousDue, studyMs });
			return scheduled;
		},
		{ durability: 'strict' }
	);
}

/**
 * When a review of `stored` answered at `answeredAt` is timed: never at or before the card's last
 * review (another tab's, say), so the log stays in time order per card and no two reviews of a
 * card share a millisecond (which a backup would refuse as a duplicate).
 * @example scheduler.reviewRecord(stored, grade, reviewTimeAfter(stored, answeredAt))
 */
export function reviewTimeAfter(stored: CardRecord, answeredAt: Date): Date {
	const last = stored.card.last_review?.getTime();
	return last !== undefined && last >= answeredAt.getTime() ? new Date(last + 1) : answeredAt;
}

function noCard(itemId: string): string {
	return `Repaso's data is damaged: there is no card for ${itemId}.`;
}

export interface UndoneReview {
	/** The log that was removed. */
	review: ReviewRecord;
	/** The card as `restore` rebuilt it, now stored. */
	card: CardRecord;
}

/**
 * Takes back the most recently committed review of any card: removes its log, uncounts it and
 * stores the card `restore` rebuilds, in one transaction. Resolves to null when there is nothing to
 * undo. `restore` runs inside the transaction, so it must be synchronous.
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
		REVIEW_STORES,
		'readwrite',
		async (tx) => {
			const page = await lastPage(tx);
			if (!page) return null;
			const { review, rest } = removeNewest(page);
			const current = await readCard(tx, review.itemId);
			if (!current)
				throw new StorageError('corrupt', {
					message: noCard(review.itemId),
					problem: 'missing-card'
				});
			const card: CardRecord = { ...current, card: restore(current.card, review) };
			const pages = tx.objectStore('reviewPages');
			await Promise.all([
				rest ? pages.put(rest) : pages.delete(page.id),
				putCardChange(tx, card),
				updateTally(tx, review.log, -1)
			]);
			return { review, card };
		},
		{ durability: 'strict' }
	);
}

/** Why a review cannot be undone: the card was reviewed again since, or the review is gone. */
export type UndoRefusal = 'newer' | 'gone';

/**
 * Takes back one given review (one this tab made), only if nothing newer touched its card: it must
 * be that card's newest review in the last two pages of the log and the card must still be as the
 * review left it. Removes the log, uncounts it and stores the card `restore` rebuilds, in one
 * transaction; otherwise changes nothing and says why. Reviews of other cards committed since
 * (by another tab) stay.
 *
 * @example
 * const outcome = await undoReview(db, mine, (card, review) => scheduler.undo(card, review));
 * if ('refused' in outcome) showWhy(outcome.refused);
 */
export function undoReview(
	db: RepasoDb,
	review: ReviewRecord,
	restore: (card: Card, review: ReviewRecord) => Card
): Promise<UndoneReview | { refused: UndoRefusal }> {
	return transact(
		db,
		REVIEW_STORES,
		'readwrite',
		async (tx) => {
			const pages = tx.objectStore('reviewPages');
			const last = await lastPage(tx);
			const beforeLast = last && last.id > 0 ? await pages.get(last.id - 1) : undefined;
			const found = newestOf([last, beforeLast], review.itemId);
			const wanted = reviewIdentityAt(packReviews([review]), 0);
			if (!found || reviewIdentityAt(found.page, found.index) !== wanted) {
				return { refused: found && newer(found, review) ? 'newer' : 'gone' } as const;
			}
			const current = await readCard(tx, review.itemId);
			if (!current)
				throw new StorageError('corrupt', {
					message: noCard(review.itemId),
					problem: 'missing-card'
				});
			if (current.card.last_review?.getTime() !== review.log.review.getTime()) {
				return { refused: 'newer' } as const;
			}
			const { review: removed, rest } = removeAt(found.page, found.index);
			const card: CardRecord = { ...current, card: restore(current.card, removed) };
			await Promise.all([
				removeFromLog(tx, found.page, rest, last as ReviewPage),
				putCardChange(tx, card),
				updateTally(tx, removed.log, -1)
			]);
			return { review: removed, card };
		},
		{ durability: 'strict' }
	);
}

interface Found {
	page: ReviewPage;
	index: number;
}

/** The newest review of `itemId` in `pages` (newest page first). */
function newestOf(pages: (ReviewPage | undefined)[], itemId: string): Found | undefined {
	for (const page of pages) {
		if (!page) continue;
		const index = page.itemIds.lastIndexOf(itemId);
		if (index >= 0) return { page, index };
	}
	return undefined;
}

function newer(found: Found, review: ReviewRecord): boolean {
	return reviewTimeAt(found.page, found.index) > review.log.review.getTime();
}

/**
 * Stores `page` as `rest` (what is left of it after an undo). Page ids stay without gaps: when the
 * page before the last empties, the last page takes its id.
 */
async function removeFromLog(
	tx: LogTransaction,
	page: ReviewPage,
	rest: ReviewPage | undefined,
	last: ReviewPage
): Promise<void> {
	const pages = tx.objectStore('reviewPages');
	if (rest) {
		await pages.put(rest);
	} else if (page.id === last.id) {
		await pages.delete(page.id);
	} else {
		await Promise.all([pages.put({ ...last, id: page.id }), pages.delete(last.id)]);
	}
}

/**
 * The log's stores within a transaction opened with them (and maybe others). idb types a
 * transaction's stores by the exact list it was opened with, so the list is narrowed here, once.
 */
function logStores<Mode extends IDBTransactionMode>(
	tx: RepasoTransaction<ArrayLike<StoreName>, Mode>
) {
	const typed = tx as unknown as RepasoTransaction<('reviewPages' | 'reviewTallies')[], Mode>;
	// Opened only when used: readReviewLog runs in transactions without the tallies.
	return {
		get pages() {
			return typed.objectStore('reviewPages');
		},
		get tallies() {
			return typed.objectStore('reviewTallies');
		}
	};
}

/**
 * The whole log, packed, in the order reviews were committed, read within `tx` (which must include
 * the `reviewPages` store). @example reviewCount(await readPackedLog(tx))
 */
export async function readPackedLog<Mode extends IDBTransactionMode>(
	tx: RepasoTransaction<ArrayLike<StoreName>, Mode>
): Promise<PackedReviews> {
	return joinReviews(await logStores(tx).pages.getAll());
}

/**
 * Every review, in the order they were committed, read within `tx` (which must include the
 * `reviewPages` store).
 * @example const reviews = await readReviewLog(tx);
 */
export async function readReviewLog<Mode extends IDBTransactionMode>(
	tx: RepasoTransaction<ArrayLike<StoreName>, Mode>
): Promise<ReviewRecord[]> {
	const pages = await logStores(tx).pages.getAll();
	return pages.flatMap(unpackReviews);
}

/**
 * Replaces the whole review log and its tallies within `tx` (a backup import), which must include
 * the `reviewPages` and `reviewTallies` stores.
 * @example await writeReviewLog(tx, backup.data.reviews);
 */
export async function writeReviewLog(
	tx: RepasoTransaction<ArrayLike<StoreName>, 'readwrite'>,
	reviews: PackedReviews
): Promise<void> {
	const { pages, tallies } = logStores(tx);
	await Promise.all([pages.clear(), tallies.clear()]);
	await Promise.all([
		requestAll(logPages(reviews), (page) => pages.put(page)),
		requestAll(tallyReviews(logsOf(reviews)), (tally) => tallies.put(tally))
	]);
}

/**
 * Every review as the row a backup file holds (see pageRows), in commit order, read within `tx`
 * (which must include `reviewPages`): no Date or record is made per review.
 * @example JSON.stringify(await readReviewRows(tx))
 */
export async function readReviewRows<Mode extends IDBTransactionMode>(
	tx: RepasoTransaction<ArrayLike<StoreName>, Mode>
): Promise<(string | number)[][]> {
	const pages = await logStores(tx).pages.getAll();
	return pages.flatMap(pageRows);
}

/** @example const reviews = await getReviewLog(db); // everything, oldest first */
export function getReviewLog(db: RepasoDb): Promise<ReviewRecord[]> {
	// A list, not a one-store tuple: readReviewLog takes any transaction that holds the pages, and a
	// one-store transaction's type differs (its `store`), which TypeScript may or may not notice.
	const stores: readonly StoreName[] = ['reviewPages'];
	return transact(db, stores, 'readonly', readReviewLog);
}

/**
 * The tallies of the UTC days overlapping [start, end): enough to count any study day or range of
 * them. @example totalsBetween(await getTallies(db, day.start, day.end), day.start, day.end)
 */
export function getTallies(db: RepasoDb, start: Date, end: Date): Promise<ReviewTally[]> {
	if (!(start < end)) return Promise.resolve([]);
	const range = IDBKeyRange.bound(tallyDayOf(start), tallyDayOf(new Date(end.getTime() - 1)));
	return transact(db, ['reviewTallies'], 'readonly', (tx) => tx.store.getAll(range));
}
