/** Makes the databases the bench measures: generated learner data written in bulk, plus an empty twin. */
import { State } from 'ts-fsrs';
import { buildQueue } from '$lib/srs/queue';
import { defaultSettings } from '$lib/srs/settings';
import { openRepasoDb, saveSettings, type RepasoDb } from '$lib/storage';
import type { DatasetInfo, DatasetRequest } from '../protocol';
import { generateLearner, type LearnerChunk } from './generate';
import { readLearnerFrom, type Learner } from './learner';

export const mainDbName = 'repaso-bench';
/** Where the import is measured, so the data exported is never the data overwritten. */
export const importDbName = 'repaso-bench-import';

export interface Dataset {
	/** The connection the app would keep open (its shared one); the queue opens its own. */
	db: RepasoDb;
	importDb: RepasoDb;
	now: Date;
	timeZone: string;
	learner: Learner;
	/** Item ids in bank order, as the content index gives them. */
	bankOrder: string[];
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

/** One transaction per chunk: the app has no bulk review writer, and setup time is not measured. */
async function writeChunk(db: RepasoDb, chunk: LearnerChunk): Promise<void> {
	const tx = db.transaction(['cards', 'reviews'], 'readwrite', { durability: 'relaxed' });
	const cards = tx.objectStore('cards');
	const reviews = tx.objectStore('reviews');
	await Promise.all([
		...chunk.cards.map((card) => cards.put(card)),
		...chunk.reviews.map((review) => reviews.add(review)),
		tx.done
	]);
}

function countStates(learner: Learner): DatasetInfo['cardsByState'] {
	const count = (state: State) =>
		learner.cards.filter((record) => record.card.state === state).length;
	return {
		new: count(State.New),
		learning: count(State.Learning),
		review: count(State.Review),
		relearning: count(State.Relearning)
	};
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
	let reviews = 0;
	let generateMs = 0;
	let writeMs = 0;
	const chunks = generateLearner({ cards: request.cards, now, seed: request.seed });
	for (;;) {
		const started = performance.now();
		const next = chunks.next();
		generateMs += performance.now() - started;
		if (next.done) break;
		const writing = performance.now();
		await writeChunk(db, next.value);
		writeMs += performance.now() - writing;
		reviews += next.value.reviews.length;
	}

	const learner = await readLearnerFrom(db, now, timeZone);
	const bankOrder = learner.cards.map((record) => record.itemId);
	const queue = buildQueue({ ...learner, now, timeZone, bankOrder });
	const estimate = await navigator.storage?.estimate?.();
	return {
		db,
		importDb: await openRepasoDb({ name: importDbName }),
		now,
		timeZone,
		learner,
		bankOrder,
		info: {
			cards: learner.cards.length,
			reviews,
			cardsByState: countStates(learner),
			reviewsToday: learner.reviewsToday.length,
			queueLength: queue.length,
			storedBytes: estimate?.usage ?? null,
			generateMs,
			writeMs
		}
	};
}
