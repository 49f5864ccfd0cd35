/** Schema upgrades, oldest first. Each step runs once, inside the browser's upgrade transaction. */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { RepasoSchema, StoreName } from './schema';

/** Raise by one with each new step below; a released step is never edited, only followed. */
export const SCHEMA_VERSION = 1;

export type UpgradeTransaction = IDBPTransaction<
	RepasoSchema,
	ArrayLike<StoreName>,
	'versionchange'
>;

/**
 * Brings a database from `oldVersion` (0 when it did not exist) to the version being opened. A new
 * version adds one `if (oldVersion < N)` block at the end; existing data is kept unless a step moves it.
 *
 * @example
 * request.onupgradeneeded = (event) => migrate(wrap(request.result), event.oldVersion, wrap(request.transaction));
 */
export function migrate(
	db: IDBPDatabase<RepasoSchema>,
	oldVersion: number,
	tx: UpgradeTransaction
): void {
	if (oldVersion < 1) {
		const cards = db.createObjectStore('cards', { keyPath: 'itemId' });
		cards.createIndex('byDue', 'card.due');
		cards.createIndex('bySet', 'setId');
		const reviews = db.createObjectStore('reviews', { keyPath: 'id', autoIncrement: true });
		reviews.createIndex('byItem', 'itemId');
		reviews.createIndex('byTime', 'log.review');
		db.createObjectStore('quizzes', { keyPath: 'id' });
		const results = db.createObjectStore('results', { keyPath: 'id' });
		results.createIndex('byQuiz', 'quizId');
		db.createObjectStore('settings');
		db.createObjectStore('meta');
	}
	// A failed write aborts the upgrade, and the open request reports that; nothing to handle here.
	tx.objectStore('meta')
		.put(db.version, 'schemaVersion')
		.catch(() => undefined);
}
