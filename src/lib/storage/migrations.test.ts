import { describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { Rating } from 'ts-fsrs';
import { reconcile } from '$lib/srs/reconcile';
import { defaultSettings } from '$lib/srs/settings';
import type { ReviewRecord } from '$lib/srs/types';
import { tallyReviews } from '$lib/stats/review-tally';
import { applyReconciliation, getAllCards, getQueueCards } from './cards';
import { byItemId } from './card-table';
import { openRepasoDb } from './db';
import { getMeta } from './meta';
import { SCHEMA_VERSION } from './migrations';
import { getAllQuizzes, resultsForQuiz } from './quizzes';
import { PAGE_CAPACITY, reviewCount } from './review-pages';
import { getReviewLog } from './reviews';
import { STORE_NAMES, type RepasoDb } from './schema';
import { getSettings } from './settings';
import {
	freshTarget,
	minutesAfterT0,
	newCard,
	openTestDb,
	quizResult,
	reviewOf,
	savedQuiz,
	studyHistory
} from './test-fixtures';
import { createV1Database, type V1Contents } from './v1-fixture';

/**
 * A version 1 database with more than a page of reviews, committed out of time order (another tab,
 * a clock change), some with the due date before the review and some from before it was kept.
 */
function v1Contents(): V1Contents {
	const history = studyHistory(PAGE_CAPACITY + 3, ['timeline-1', 'timeline-2', 'whos-who-4']);
	const late = reviewOf(newCard('timeline-5'), Rating.Again, minutesAfterT0(-60));
	const reviews: ReviewRecord[] = [
		...history.reviews.map((review, index) =>
			index % 3 === 0 ? { itemId: review.itemId, log: review.log } : review
		),
		{ itemId: 'timeline-5', log: late.log }
	];
	return {
		cards: [...history.cards, late.card, { ...newCard('timeline-9'), suspended: true }],
		reviews,
		quizzes: [savedQuiz('quiz-1')],
		results: [quizResult('result-1'), quizResult('result-2', { student: 'Luis' })],
		settings: {
			dailyNewLimit: 35,
			desiredRetention: 0.85,
			maximumInterval: 365,
			dayStartHour: 5
		},
		meta: { schemaVersion: 1, contentVersion: 'bank-7', installId: 'install-abc' }
	};
}

/** Every store's key path and indexes, as the database reports them. */
function shapeOf(db: RepasoDb) {
	const names = [...db.objectStoreNames];
	const tx = db.transaction(names);
	return Object.fromEntries(
		names.map((name) => {
			const store = tx.objectStore(name);
			const indexes = [...store.indexNames].map((index) => [index, store.index(index).keyPath]);
			return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
		})
	);
}

/** Opens with the raw API at an exact version, as a tab of that release would. */
function openRaw(factory: IDBFactory, name: string, version: number): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = factory.open(name, version);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

function rawGetAll(db: IDBDatabase, store: string): Promise<unknown[]> {
	return new Promise((resolve, reject) => {
		const request = db.transaction(store).objectStore(store).getAll();
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/**
 * Opens at the current version, which must fail as corrupt, and returns the database reopened at
 * `version` with what `store` held before the attempt, for checking that nothing changed.
 */
async function failedUpgrade(factory: IDBFactory, name: string, version: number, store: string) {
	const raw = await openRaw(factory, name, version);
	const before = await rawGetAll(raw, store);
	raw.close();
	await expect(openRepasoDb({ factory, name })).rejects.toMatchObject({
		name: 'StorageError',
		kind: 'corrupt'
	});
	return { before, after: await openRaw(factory, name, version) };
}

describe('migrations', () => {
	it('moves a version 1 database to the current version losing nothing', async () => {
		const { factory, name } = freshTarget();
		const contents = v1Contents();
		await createV1Database(factory, name, contents);

		const db = await openRepasoDb({ factory, name });

		expect(db.version).toBe(4);
		expect(SCHEMA_VERSION).toBe(4);
		expect(await getAllCards(db)).toEqual(
			[...contents.cards].sort((a, b) => a.itemId.localeCompare(b.itemId))
		);
		expect(await getReviewLog(db)).toEqual(contents.reviews);
		expect((await db.getAll('reviewPages')).map(reviewCount)).toEqual([PAGE_CAPACITY, 4]);
		expect(await db.getAll('reviewTallies')).toEqual(
			tallyReviews(contents.reviews.map((review) => review.log))
		);
		expect(await getAllQuizzes(db)).toEqual(contents.quizzes);
		expect(await resultsForQuiz(db, 'quiz-1')).toEqual(contents.results);
		expect(await getSettings(db)).toEqual({
			...defaultSettings(),
			...(contents.settings as object)
		});
		expect(await getMeta(db, 'installId')).toBe('install-abc');
		expect(await getMeta(db, 'schemaVersion')).toBe(4);
		db.close();
	});

	it('replaces the reviews and cards stores with pages and nothing else', async () => {
		const { factory, name } = freshTarget();
		await createV1Database(factory, name, v1Contents());
		const db = await openRepasoDb({ factory, name });

		expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
		const shape = shapeOf(db);
		expect(shape.cardPages).toEqual({ keyPath: 'id', autoIncrement: false, indexes: [] });
		expect(shape.cardChanges).toEqual({ keyPath: 'itemId', autoIncrement: false, indexes: [] });
		expect(shape.reviewPages).toEqual({ keyPath: 'id', autoIncrement: false, indexes: [] });
		db.close();
	});

	it('adds the quiz progress stores at version 4, empty, keeping a version 3 database whole', async () => {
		const { factory, name } = freshTarget();
		const contents = v1Contents();
		await createV1Database(factory, name, contents);
		const v3 = await openRepasoDb({ factory, name, version: 3 });
		const cards = await getAllCards(v3);
		const log = await getReviewLog(v3);
		v3.close();

		const db = await openRepasoDb({ factory, name });

		const shape = shapeOf(db);
		expect(shape.quizSessions).toEqual({ keyPath: 'id', autoIncrement: false, indexes: [] });
		expect(shape.quizHistory).toEqual({
			keyPath: 'id',
			autoIncrement: false,
			indexes: [['bySet', 'setId']]
		});
		expect(shape.attempts).toEqual({ keyPath: 'id', autoIncrement: false, indexes: [] });
		expect(await db.count('quizSessions')).toBe(0);
		expect(await getAllCards(db)).toEqual(cards);
		expect(await getReviewLog(db)).toEqual(log);
		expect(await getAllQuizzes(db)).toEqual(contents.quizzes);
		db.close();
	});

	it('moves a version 2 database to version 3 with every card, its rank and the reconciled version', async () => {
		const { factory, name } = freshTarget();
		const contents = v1Contents();
		await createV1Database(factory, name, contents);
		const v2 = await openRepasoDb({ factory, name, version: 2 });
		expect(shapeOf(v2).cards?.indexes).toHaveLength(3);
		// As the version 2 app left it after reconciling: ranks on the cards still in the bank.
		const ranked = contents.cards.map((record, rank) =>
			record.suspended ? record : { ...record, bankRank: rank }
		);
		const tx = (v2 as unknown as IDBPDatabase).transaction(['cards', 'meta'], 'readwrite');
		await Promise.all([
			...ranked.map((record) => tx.objectStore('cards').put(record)),
			tx.objectStore('meta').put('bank-8', 'contentVersion'),
			tx.done
		]);
		const log = await getReviewLog(v2);
		v2.close();

		const db = await openRepasoDb({ factory, name });

		expect(await getAllCards(db)).toEqual([...ranked].sort(byItemId));
		expect(await getReviewLog(db)).toEqual(log);
		expect(await getMeta(db, 'contentVersion')).toBe('bank-8');
		expect(await getMeta(db, 'schemaVersion')).toBe(4);
		db.close();
	});

	it('leaves a version 2 database as it was when its cards cannot be moved', async () => {
		const { factory, name } = freshTarget();
		await createV1Database(factory, name, v1Contents());
		const v2 = await openRepasoDb({ factory, name, version: 2 });
		const broken = {
			...newCard('timeline-40'),
			card: { ...newCard('timeline-40').card, due: 'soon' }
		};
		await (v2 as unknown as IDBPDatabase).put('cards', broken);
		v2.close();

		const { before, after } = await failedUpgrade(factory, name, 2, 'cards');

		expect([...after.objectStoreNames]).toContain('cards');
		expect([...after.objectStoreNames]).not.toContain('cardPages');
		expect(await rawGetAll(after, 'cards')).toEqual(before);
		expect(before).toContainEqual(broken);
		after.close();
	});

	it('forgets the reconciled content version, so the cards get ranked before they are queued', async () => {
		const { factory, name } = freshTarget();
		const contents = v1Contents();
		await createV1Database(factory, name, contents);
		const db = await openRepasoDb({ factory, name });
		const everything = { dueBefore: minutesAfterT0(1e7), newLimit: 100 };

		expect(await getMeta(db, 'contentVersion')).toBeUndefined();
		expect(await getQueueCards(db, everything)).toEqual([]);

		const bank = ['timeline-1', 'timeline-2', 'timeline-5', 'whos-who-4'].map((id) => ({
			id,
			setId: id.replace(/-\d+$/, '')
		}));
		await applyReconciliation(db, reconcile(bank, await getAllCards(db), minutesAfterT0(0)));

		const queued = await getQueueCards(db, everything);
		expect(queued.map((record) => record.itemId).sort()).toEqual(bank.map((item) => item.id));
		db.close();
	});

	it('gives a fresh database the current version with the same stores and indexes as a migrated one', async () => {
		const { factory, name } = freshTarget();
		await createV1Database(factory, name, v1Contents());
		const migrated = await openRepasoDb({ factory, name });
		const { db: fresh } = await openTestDb();

		expect(fresh.version).toBe(SCHEMA_VERSION);
		expect(await fresh.get('meta', 'schemaVersion')).toBe(SCHEMA_VERSION);
		expect(shapeOf(fresh)).toEqual(shapeOf(migrated));
		migrated.close();
		fresh.close();
	});

	it('leaves a version 1 database as it was when the upgrade fails', async () => {
		const { factory, name } = freshTarget();
		const contents = v1Contents();
		const broken = { itemId: 'timeline-1', log: { ...contents.reviews[0]!.log, review: 'soon' } };
		contents.reviews.push(broken as unknown as ReviewRecord);
		await createV1Database(factory, name, contents);

		const { before, after } = await failedUpgrade(factory, name, 1, 'reviews');

		expect([...after.objectStoreNames].sort()).toEqual(
			['cards', 'meta', 'quizzes', 'results', 'reviews', 'settings'].sort()
		);
		expect(await rawGetAll(after, 'reviews')).toEqual(before);
		expect(before).toHaveLength(contents.reviews.length);
		expect([...after.transaction('cards').objectStore('cards').indexNames]).toEqual([
			'byDue',
			'bySet'
		]);
		after.close();
	});
});
