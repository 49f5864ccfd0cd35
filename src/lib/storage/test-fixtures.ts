/** Fixture factories for the storage tests: isolated fake databases, cards and reviews made by ts-fsrs. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { Rating, createEmptyCard, fsrs, type Card, type Grade, type ReviewLog } from 'ts-fsrs';
import { defaultSettings } from '$lib/srs/settings';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import { putCards } from './cards';
import { canonicalJson, sha256Hex } from '$lib/util/hash';
import { openRepasoDb, type OpenRepasoDbOptions } from './db';
import { setMeta } from './meta';
import { putQuiz, putResults } from './quizzes';
import { encodeReviews, packReviews, type ReviewPage } from './review-pages';
import { commitReview, writeReviewLog } from './reviews';
import { saveSettings } from './settings';
import type { QuizResult, RepasoDb, SavedQuiz } from './schema';
import { transact } from './transaction';

export const T0 = new Date('2025-03-01T09:00:00.000Z');

/** `T0` plus some minutes: tests name times relative to one start. */
export function minutesAfterT0(minutes: number): Date {
	return new Date(T0.getTime() + minutes * 60_000);
}

let databases = 0;

/** A fresh factory and database name, so no test sees another's data. */
export function freshTarget(): { factory: IDBFactory; name: string } {
	databases += 1;
	return { factory: new IDBFactory(), name: `repaso-test-${databases}` };
}

export async function openTestDb(
	options: OpenRepasoDbOptions = {}
): Promise<{ db: RepasoDb; factory: IDBFactory; name: string }> {
	const target = freshTarget();
	const db = await openRepasoDb({ ...target, ...options });
	return { db, ...target };
}

const scheduler = fsrs({ enable_fuzz: false });

export function newCard(itemId = 'timeline-1', now = T0): CardRecord {
	return {
		itemId,
		setId: itemId.replace(/-\d+$/, ''),
		card: createEmptyCard(now),
		suspended: false
	};
}

/** What the scheduler produces for one review: the updated card record and the log. */
export function reviewOf(
	record: CardRecord,
	rating: Grade,
	now: Date
): { card: CardRecord; log: ReviewLog } {
	const { card, log } = scheduler.next(record.card, now, rating);
	return { card: { ...record, card }, log };
}

/** A history made by ts-fsrs: the cards after it and its reviews, in the order they happened. */
export interface StudyHistory {
	cards: CardRecord[];
	reviews: ReviewRecord[];
}

const historyRatings: Grade[] = [Rating.Good, Rating.Good, Rating.Again, Rating.Easy, Rating.Hard];

/**
 * `count` reviews of `itemIds` in turn, one a minute from `start`, with every FSRS state and grade
 * along the way; each keeps the due date before it, as commitReview stores it.
 */
export function studyHistory(
	count: number,
	itemIds: readonly string[] = ['timeline-1'],
	start = T0
): StudyHistory {
	const cards = new Map(itemIds.map((itemId) => [itemId, newCard(itemId, start)]));
	const reviews: ReviewRecord[] = [];
	for (let index = 0; index < count; index++) {
		const itemId = itemIds[index % itemIds.length] as string;
		const before = cards.get(itemId) as CardRecord;
		const rating = historyRatings[index % historyRatings.length] as Grade;
		const { card, log } = reviewOf(before, rating, new Date(start.getTime() + index * 60_000));
		cards.set(itemId, card);
		reviews.push({ itemId, log, previousDue: before.card.due });
	}
	return { cards: [...cards.values()], reviews };
}

/** `reviews` in pages of the given sizes, numbered from `firstId`. @example pagesOf(reviews, [2000, 64]) */
export function pagesOf(
	reviews: readonly ReviewRecord[],
	sizes: readonly number[],
	firstId = 0
): ReviewPage[] {
	let start = 0;
	const pages = sizes.flatMap((size, index) =>
		encodeReviews(reviews.slice(start, (start += size)), firstId + index)
	);
	if (start !== reviews.length || pages.some((page, index) => page.id !== firstId + index)) {
		throw new RangeError(`pages of ${sizes.join(', ')} do not hold ${reviews.length} reviews`);
	}
	return pages;
}

/**
 * Stores a history at once, far faster than committing each review: its log in pages as a backup
 * import packs them, or in pages of `pageSizes` (a layout that commits and undos can leave).
 */
export async function storeHistory(
	db: RepasoDb,
	{ cards, reviews }: StudyHistory,
	pageSizes?: readonly number[]
): Promise<void> {
	await putCards(db, cards);
	await transact(db, ['reviewPages', 'reviewTallies'], 'readwrite', async (tx) => {
		await writeReviewLog(tx, packReviews(reviews));
		if (!pageSizes) return;
		const store = tx.objectStore('reviewPages');
		await store.clear();
		await Promise.all(pagesOf(reviews, pageSizes).map((page) => store.put(page)));
	});
}

export function rollback(card: Card, review: Pick<ReviewRecord, 'log'>): Card {
	return scheduler.rollback(card, review.log);
}

export function savedQuiz(id = 'quiz-1', overrides: Partial<SavedQuiz> = {}): SavedQuiz {
	return {
		id,
		title: 'Cartels and the USA',
		createdAt: T0,
		itemIds: ['timeline-1', 'timeline-2'],
		questionTypes: ['mcq', 'truefalse'],
		...overrides
	};
}

export function quizResult(id = 'result-1', overrides: Partial<QuizResult> = {}): QuizResult {
	return {
		id,
		quizId: 'quiz-1',
		receivedAt: minutesAfterT0(30),
		student: 'Ana',
		answers: [1, 0, 1],
		...overrides
	};
}

/** Fills a database with a little of everything: cards with history, a quiz, results, settings, meta. */
export async function seedStudyData(db: RepasoDb): Promise<void> {
	let record = newCard('timeline-1');
	for (const [minutes, rating] of [
		[0, Rating.Good],
		[12, Rating.Again],
		[30, Rating.Good]
	] as const) {
		const review = reviewOf(record, rating, minutesAfterT0(minutes));
		await commitReview(db, review);
		record = review.card;
	}
	await commitReview(db, reviewOf(newCard('whos-who-2'), Rating.Easy, minutesAfterT0(5)));
	await putCards(db, [newCard('timeline-2'), { ...newCard('el-salvador-1'), suspended: true }]);
	await putQuiz(db, savedQuiz('quiz-1'));
	await putResults(db, [quizResult('result-1'), quizResult('result-2', { student: 'Luis' })]);
	await saveSettings(db, { ...defaultSettings(), dailyNewLimit: 12, dayStartHour: 6 });
	await setMeta(db, 'contentVersion', 'bank-1');
	await setMeta(db, 'lastReconciledAt', T0);
	await setMeta(db, 'installId', 'install-1');
}

/** The same backup with its checksum made to fit its (edited) data again. */
export async function resign<T extends { data: unknown }>(
	file: T
): Promise<T & { checksum: string }> {
	return { ...file, checksum: await sha256Hex(canonicalJson(file.data)) };
}
