/** Schema upgrades, oldest first. Each step runs once, inside the browser's upgrade transaction. */
import { unwrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import { tallyReviews } from '$lib/stats/review-tally';
import { encodeCards } from './card-pages';
import { encodeReviews } from './review-pages';
import type { RepasoSchema, StoreName } from './schema';

/**
 * The update test's build B (scripts/e2e.js builds it with VITE_REHEARSE_UPGRADE=1) opens the
 * database one version past the release's, through a step that changes nothing: that test deploys a
 * real database upgrade under an open study session, and no release has one to spare for it. No
 * release build sets the variable; the next real step takes the number regardless.
 */
const rehearsedUpgrade = import.meta.env?.VITE_REHEARSE_UPGRADE === '1' ? 1 : 0;

/** Raise by one with each new step below; a released step is never edited, only followed. */
export const SCHEMA_VERSION = 4 + rehearsedUpgrade;

export type UpgradeTransaction = IDBPTransaction<
	RepasoSchema,
	ArrayLike<StoreName>,
	'versionchange'
>;

/**
 * Brings a database from `oldVersion` (0 when it did not exist) to the version being opened. A new
 * version adds one `if (reaches(N))` block at the end; existing data is kept unless a step moves
 * it. Steps use the plain IndexedDB API: they describe stores as they were, which the typed schema
 * (always the latest) no longer names. Resolves when every step's reads and writes are done; if
 * one fails, the upgrade transaction is aborted and the database stays as it was.
 *
 * @example
 * request.onupgradeneeded = (event) => migrate(wrap(request.result), event.oldVersion, wrap(request.transaction));
 */
export async function migrate(
	db: IDBPDatabase<RepasoSchema>,
	oldVersion: number,
	tx: UpgradeTransaction
): Promise<void> {
	const database = unwrap(db);
	const upgrade = unwrap(tx);
	// Steps up to the version being opened: the upgrade tests open earlier versions on purpose.
	const reaches = (version: number) => oldVersion < version && version <= db.version;
	if (reaches(1)) createVersion1(database);
	if (reaches(2)) await pageTheReviewLog(database, upgrade);
	if (reaches(3)) await pageTheCards(database, upgrade);
	if (reaches(4)) createQuizProgressStores(database);
	// Version 5 exists only in the rehearsal build above: the upgrade itself, with no step to run.
	await tx.objectStore('meta').put(db.version, 'schemaVersion');
}

/** The first release: one record per review, indexed by item and time. */
function createVersion1(db: IDBDatabase): void {
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

function request<T>(pending: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		pending.onsuccess = () => resolve(pending.result);
		pending.onerror = () => reject(pending.error);
	});
}

/**
 * Version 2 (see review-pages.ts for why): the review log moves into pages with per-day tallies,
 * and the cards get the indexes the queue and the progress counts read. Those indexes only hold
 * cards with a bank rank, which reconciliation gives; forgetting the reconciled content version
 * makes the app reconcile on its next start.
 */
async function pageTheReviewLog(db: IDBDatabase, tx: IDBTransaction): Promise<void> {
	const cards = tx.objectStore('cards');
	// The app never reads by due alone or by set alone, and each index costs every card write.
	cards.deleteIndex('byDue');
	cards.deleteIndex('bySet');
	cards.createIndex('byQueue', ['card.state', 'card.due', 'bankRank']);
	cards.createIndex('byNewRank', ['card.state', 'bankRank']);
	cards.createIndex('bySetProgress', ['setId', 'card.state', 'card.stability', 'bankRank']);

	// Version 1 keys count up in commit order, and getAll returns them in key order.
	const stored = await request(tx.objectStore('reviews').getAll());
	const reviews = (stored as (ReviewRecord & { id?: number })[]).map(
		({ id: _id, ...review }) => review
	);
	db.deleteObjectStore('reviews');
	const pages = db.createObjectStore('reviewPages', { keyPath: 'id' });
	const tallies = db.createObjectStore('reviewTallies', { keyPath: 'day' });
	const writes = [
		...encodeReviews(reviews).map((page) => request(pages.put(page))),
		...tallyReviews(reviews.map((review) => review.log)).map((tally) =>
			request(tallies.put(tally))
		),
		request(tx.objectStore('meta').delete('contentVersion'))
	];
	await Promise.all(writes);
}

/**
 * Version 3 (see card-pages.ts for why): the cards move from one record each, with indexes, into
 * pages, in key order. Their ranks come along, so the reconciled content version still holds.
 */
async function pageTheCards(db: IDBDatabase, tx: IDBTransaction): Promise<void> {
	const cards = (await request(tx.objectStore('cards').getAll())) as CardRecord[];
	db.deleteObjectStore('cards');
	const pages = db.createObjectStore('cardPages', { keyPath: 'id' });
	db.createObjectStore('cardChanges', { keyPath: 'itemId' });
	await Promise.all(encodeCards(cards).map((page) => request(pages.put(page))));
}

/**
 * Version 4: quizzes remember themselves. A quiz being taken (a practice quiz, or a classroom quiz
 * opened from a teacher's link) is saved as it goes, finished practice quizzes keep their scores, and
 * a student's classroom attempts stay on the device. Nothing existing moves.
 */
function createQuizProgressStores(db: IDBDatabase): void {
	db.createObjectStore('quizSessions', { keyPath: 'id' });
	const history = db.createObjectStore('quizHistory', { keyPath: 'id' });
	history.createIndex('bySet', 'setId');
	db.createObjectStore('attempts', { keyPath: 'id' });
}
