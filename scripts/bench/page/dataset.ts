/** Makes the databases the bench measures: generated learner data written in bulk, plus an empty twin. */
import { State } from 'ts-fsrs';
import { readLearnerFrom, type LearnerSnapshot } from '$lib/app/learner';
import { buildQueue } from '$lib/srs/queue';
import { defaultSettings } from '$lib/srs/settings';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import { openRepasoDb, saveSettings, type RepasoDb } from '$lib/storage';
import { FOLD_AT } from '$lib/storage/card-table';
import { CARD_STORES, writeCards } from '$lib/storage/cards';
import { packReviews } from '$lib/storage/review-pages';
import { writeReviewLog } from '$lib/storage/reviews';
import type { DatasetInfo, DatasetRequest } from '../protocol';
import { generateLearner } from './generate';

export const mainDbName = 'repaso-bench';
/** Where the import is measured, so the data exported is never the data overwritten. */
export const importDbName = 'repaso-bench-import';

export interface Dataset {
	/** The connection the app would keep open (its shared one); the queue opens its own. */
	db: RepasoDb;
	importDb: RepasoDb;
	now: Date;
	timeZone: string;
	/** Today's queue data, as the study page reads it. */
	learner: LearnerSnapshot;
	/** Every set id, in bank order. */
	setIds: string[];
	info: DatasetInfo;
}

function deleteDatabase(name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error);
		request.onblocked = () =>
			reject(new Error(`deleting ${name} is blocked by an open connection`));
	});
}

/**
 * The app writes reviews one at a time; the bench writes a generated year at once: the cards and
 * the whole log (in review-time order, as it would have been committed). The most cards a read
 * can meet as changes beside the pages are left there, so reads are measured at their slowest.
 */
async function writeLearner(db: RepasoDb, request: DatasetRequest, now: Date) {
	const reviews: ReviewRecord[] = [];
	const cards: CardRecord[] = [];
	const sets = new Set<string>();
	const cardsByState = { new: 0, learning: 0, review: 0, relearning: 0 };
	const stateNames = ['new', 'learning', 'review', 'relearning'] as const;
	let generateMs = 0;
	let writeMs = 0;
	const chunks = generateLearner({ cards: request.cards, now, seed: request.seed });
	for (;;) {
		const started = performance.now();
		const next = chunks.next();
		generateMs += performance.now() - started;
		if (next.done) break;
		cards.push(...next.value.cards);
		reviews.push(...next.value.reviews);
		for (const record of next.value.cards) {
			sets.add(record.setId);
			cardsByState[stateNames[record.card.state as State] ?? 'new']++;
		}
	}
	const writing = performance.now();
	reviews.sort((a, b) => a.log.review.getTime() - b.log.review.getTime());
	const tx = db.transaction([...CARD_STORES, 'reviewPages', 'reviewTallies'], 'readwrite', {
		durability: 'relaxed'
	});
	await writeCards(tx, cards);
	const changes = tx.objectStore('cardChanges');
	await Promise.all([
		...cards.slice(-(FOLD_AT - 1)).map((card) => changes.put(card)),
		writeReviewLog(tx, packReviews(reviews)),
		tx.done
	]);
	writeMs += performance.now() - writing;
	return { reviews: reviews.length, setIds: [...sets], cardsByState, generateMs, writeMs };
}

/** Replaces both bench databases with freshly generated data of the requested size. */
export async function createDataset(request: DatasetRequest, previous?: Dataset): Promise<Dataset> {
	previous?.db.close();
	previous?.importDb.close();
	await deleteDatabase(mainDbName);
	await deleteDatabase(importDbName);
	const now = new Date(request.now);
	const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

	const db = await openRepasoDb({ name: mainDbName });
	await saveSettings(db, defaultSettings());
	const written = await writeLearner(db, request, now);
	const learner = await readLearnerFrom(db, now, timeZone);
	const queue = buildQueue({ ...learner, introducedToday: learner.today.introduced });
	const estimate = await navigator.storage?.estimate?.();
	return {
		db,
		importDb: await openRepasoDb({ name: importDbName }),
		now,
		timeZone,
		learner,
		setIds: written.setIds,
		info: {
			cards: request.cards,
			reviews: written.reviews,
			cardsByState: written.cardsByState,
			reviewsToday: learner.today.reviews,
			queueLength: queue.length,
			storedBytes: estimate?.usage ?? null,
			generateMs: written.generateMs,
			writeMs: written.writeMs
		}
	};
}
