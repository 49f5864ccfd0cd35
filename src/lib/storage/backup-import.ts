/** Writing a parsed backup: everything in one transaction, so an import happens whole or not at all. */
import type { Card } from 'ts-fsrs';
import type { ReviewRecord } from '$lib/srs/types';
import type { Backup, BackupData } from './backup-schema';
import { LEARNER_META_KEYS, SETTINGS_KEY, STORE_NAMES } from './schema';
import { requestAll, transact, type RepasoTransaction } from './transaction';
import type { RepasoDb } from './schema';

export type ImportMode = 'replace' | 'merge';

/** How many records the import wrote to each store. */
export interface ImportSummary {
	cards: number;
	reviews: number;
	quizzes: number;
	results: number;
}

type ImportTransaction = RepasoTransaction<typeof STORE_NAMES, 'readwrite'>;

/**
 * Writes a backup from parseBackup in one transaction over every store.
 * - 'replace': the learner's cards, reviews (with their ids), quizzes, results, settings and the
 *   backup's meta facts become exactly the file's.
 * - 'merge': per item the newer card wins (later last review, then more reps; a tie keeps this
 *   device's); reviews are the union, a review being the same when item, time and rating match (the
 *   database gives added ones new ids); quizzes and results are added when their id is new. Settings
 *   and meta stay this device's.
 * Either way the cards may now differ from the question bank: reconcile them afterwards.
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
	const cards = tx.objectStore('cards');
	const reviews = tx.objectStore('reviews');
	const quizzes = tx.objectStore('quizzes');
	const results = tx.objectStore('results');
	for (const store of [cards, reviews, quizzes, results]) await store.clear();
	await requestAll(data.cards, (card) => cards.put(card));
	await requestAll(data.reviews, (review) => reviews.put(review));
	await requestAll(data.quizzes, (quiz) => quizzes.put(quiz));
	await requestAll(data.results, (result) => results.put(result));
	await tx.objectStore('settings').put(data.settings, SETTINGS_KEY);
	const meta = tx.objectStore('meta');
	for (const key of LEARNER_META_KEYS) {
		const value = data.meta?.[key];
		await (value === undefined ? meta.delete(key) : meta.put(value, key));
	}
	return {
		cards: data.cards.length,
		reviews: data.reviews.length,
		quizzes: data.quizzes.length,
		results: data.results.length
	};
}

async function mergeInto(tx: ImportTransaction, data: BackupData): Promise<ImportSummary> {
	const cards = tx.objectStore('cards');
	const mine = new Map((await cards.getAll()).map((record) => [record.itemId, record.card]));
	const newerCards = data.cards.filter((record) => {
		const current = mine.get(record.itemId);
		return current === undefined || isNewer(record.card, current);
	});
	await requestAll(newerCards, (record) => cards.put(record));

	const reviews = tx.objectStore('reviews');
	const known = new Set((await reviews.getAll()).map(reviewIdentity));
	const newReviews = data.reviews.filter((review) => {
		const identity = reviewIdentity(review);
		if (known.has(identity)) return false;
		known.add(identity);
		return true;
	});
	// The database gives merged reviews new ids.
	await requestAll(newReviews, ({ id: _id, ...review }) => reviews.add(review));

	const quizzes = tx.objectStore('quizzes');
	const quizIds = new Set(await quizzes.getAllKeys());
	const newQuizzes = data.quizzes.filter((quiz) => !quizIds.has(quiz.id));
	await requestAll(newQuizzes, (quiz) => quizzes.add(quiz));

	const results = tx.objectStore('results');
	const resultIds = new Set(await results.getAllKeys());
	const newResults = data.results.filter((result) => !resultIds.has(result.id));
	await requestAll(newResults, (result) => results.add(result));

	return {
		cards: newerCards.length,
		reviews: newReviews.length,
		quizzes: newQuizzes.length,
		results: newResults.length
	};
}

/**
 * What makes two stored reviews the same review, whatever their ids: a learner cannot grade one
 * card twice in the same millisecond.
 *
 * @example reviewIdentity({ itemId: 'timeline-3', log }) === '["timeline-3",1740819600000,3]'
 */
export function reviewIdentity(review: Pick<ReviewRecord, 'itemId' | 'log'>): string {
	return JSON.stringify([review.itemId, review.log.review.getTime(), review.log.rating]);
}

function isNewer(candidate: Card, current: Card): boolean {
	const candidateTime = candidate.last_review?.getTime() ?? -Infinity;
	const currentTime = current.last_review?.getTime() ?? -Infinity;
	if (candidateTime !== currentTime) return candidateTime > currentTime;
	return candidate.reps > current.reps;
}
