/** Writing a parsed backup: everything in one transaction, so an import happens whole or not at all. */
import type { Card } from 'ts-fsrs';
import type { CardRecord } from '$lib/srs/types';
import { reviewIdentity, type Backup, type BackupData } from './backup-schema';
import { readCardTable, writeCards } from './cards';
import { replaceCards } from './card-table';
import { joinReviews, pickReviews, reviewCount, reviewIdentityAt } from './review-pages';
import { readPackedLog, writeReviewLog } from './reviews';
import { LEARNER_META_KEYS, SETTINGS_KEY, STORE_NAMES, type RepasoDb } from './schema';
import { requestAll, transact, type RepasoTransaction } from './transaction';

export { reviewIdentity };

export type ImportMode = 'replace' | 'merge';

/** How many records of each kind the import took from the file. */
export interface ImportSummary {
	cards: number;
	reviews: number;
	quizzes: number;
	results: number;
}

type ImportTransaction = RepasoTransaction<typeof STORE_NAMES, 'readwrite'>;

/**
 * Writes a backup from parseBackup in one transaction over every store.
 * - 'replace': the learner's cards, review log, quizzes, results, settings and the backup's meta
 *   facts become exactly the file's, except the reconciled content version, which is forgotten
 *   (see forgetReconciliation).
 * - 'merge': per item the newer card wins (later last review, then more reps; a tie keeps this
 *   device's); the review log is this device's followed by the file's reviews it lacks, a review
 *   being the same when item, time and rating match (reviewIdentity); quizzes and results are
 *   added when their id is new. Settings and meta stay this device's, but for the reconciled
 *   content version, which is forgotten.
 * Either way a card keeps this device's bank rank for its item, but the cards may now differ from
 * the question bank, and new ones have no rank: reconcile them afterwards.
 *
 * @example
 * const summary = await importBackup(db, await parseBackup(text, now), 'merge');
 */
export function importBackup(
	db: RepasoDb,
	backup: Backup,
	mode: ImportMode
): Promise<ImportSummary> {
	return transact(
		db,
		STORE_NAMES,
		'readwrite',
		(tx) => (mode === 'replace' ? replaceAll(tx, backup.data) : mergeInto(tx, backup.data)),
		{ durability: 'strict' }
	);
}

async function replaceAll(tx: ImportTransaction, data: BackupData): Promise<ImportSummary> {
	const quizzes = tx.objectStore('quizzes');
	const results = tx.objectStore('results');
	const meta = tx.objectStore('meta');
	const mine = new Map(
		(await readCardTable(tx)).records().map((record) => [record.itemId, record])
	);
	// Requests run in the order they are issued, so each clear comes before its store's puts.
	await Promise.all([
		writeReviewLog(tx, data.reviews),
		writeCards(
			tx,
			data.cards.map((record) => withRankOf(record, mine.get(record.itemId)))
		),
		quizzes.clear(),
		results.clear(),
		requestAll(data.quizzes, (quiz) => quizzes.put(quiz)),
		requestAll(data.results, (result) => results.put(result)),
		tx.objectStore('settings').put(data.settings, SETTINGS_KEY),
		requestAll(
			LEARNER_META_KEYS.filter((key) => key !== 'contentVersion'),
			(key) => {
				const value = data.meta?.[key];
				return value === undefined ? meta.delete(key) : meta.put(value, key);
			}
		),
		forgetReconciliation(tx)
	]);
	return {
		cards: data.cards.length,
		reviews: reviewCount(data.reviews),
		quizzes: data.quizzes.length,
		results: data.results.length
	};
}

async function mergeInto(tx: ImportTransaction, data: BackupData): Promise<ImportSummary> {
	const quizzes = tx.objectStore('quizzes');
	const results = tx.objectStore('results');
	const [table, log, quizIds, resultIds] = await Promise.all([
		readCardTable(tx),
		readPackedLog(tx),
		quizzes.getAllKeys(),
		results.getAllKeys()
	]);

	const stored = table.records();
	const mine = new Map(stored.map((record) => [record.itemId, record]));
	const newerCards = data.cards.flatMap((record): CardRecord[] => {
		const current = mine.get(record.itemId);
		if (current && !isNewer(record.card, current.card)) return [];
		return [withRankOf(record, current)];
	});

	const known = new Set(log.itemIds.map((_, index) => reviewIdentityAt(log, index)));
	const newReviews = pickReviews(
		data.reviews,
		(index) => !known.has(reviewIdentityAt(data.reviews, index))
	);
	const quizIdSet = new Set(quizIds);
	const newQuizzes = data.quizzes.filter((quiz) => !quizIdSet.has(quiz.id));
	const resultIdSet = new Set(resultIds);
	const newResults = data.results.filter((result) => !resultIdSet.has(result.id));

	await Promise.all([
		forgetReconciliation(tx),
		newerCards.length > 0 ? writeCards(tx, replaceCards(stored, newerCards)) : undefined,
		reviewCount(newReviews) > 0 ? writeReviewLog(tx, joinReviews([log, newReviews])) : undefined,
		requestAll(newQuizzes, (quiz) => quizzes.add(quiz)),
		requestAll(newResults, (result) => results.add(result))
	]);
	return {
		cards: newerCards.length,
		reviews: reviewCount(newReviews),
		quizzes: newQuizzes.length,
		results: newResults.length
	};
}

/**
 * Imported cards may lack this device's bank ranks (without one a card is not studied): with
 * the reconciled content version gone, the app reconciles on its next start even if it never got
 * to do so right after the import.
 */
function forgetReconciliation(tx: ImportTransaction): Promise<void> {
	return tx.objectStore('meta').delete('contentVersion');
}

/**
 * A card from a file with this device's place for its item, when it had one: the bank has not
 * changed, and reconciliation after the import then has nothing to rewrite.
 */
function withRankOf(record: CardRecord, current: CardRecord | undefined): CardRecord {
	const bankRank = current?.bankRank;
	return bankRank === undefined || record.suspended ? record : { ...record, bankRank };
}

function isNewer(candidate: Card, current: Card): boolean {
	const candidateTime = candidate.last_review?.getTime() ?? -Infinity;
	const currentTime = current.last_review?.getTime() ?? -Infinity;
	if (candidateTime !== currentTime) return candidateTime > currentTime;
	return candidate.reps > current.reps;
}
