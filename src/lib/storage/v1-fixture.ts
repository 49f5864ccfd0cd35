/**
 * A database exactly as schema version 1 left it, built with the raw IndexedDB API so that later
 * edits to migrations.ts cannot change what "a version 1 database" means in the upgrade tests.
 */
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import type { QuizResult, SavedQuiz } from './schema';

export interface V1Contents {
	cards: CardRecord[];
	reviews: ReviewRecord[];
	quizzes: SavedQuiz[];
	results: QuizResult[];
	settings?: unknown;
	meta: Record<string, unknown>;
}

/**
 * Version 1's stores as data, so the browser tests can build the same database in a page.
 * @example for (const { name, keyPath } of v1Stores) db.createObjectStore(name, { keyPath });
 */
export const v1Stores: readonly {
	name: string;
	keyPath?: string;
	autoIncrement?: boolean;
	indexes: readonly (readonly [string, string])[];
}[] = [
	{
		name: 'cards',
		keyPath: 'itemId',
		indexes: [
			['byDue', 'card.due'],
			['bySet', 'setId']
		]
	},
	{
		name: 'reviews',
		keyPath: 'id',
		autoIncrement: true,
		indexes: [
			['byItem', 'itemId'],
			['byTime', 'log.review']
		]
	},
	{ name: 'quizzes', keyPath: 'id', indexes: [] },
	{ name: 'results', keyPath: 'id', indexes: [['byQuiz', 'quizId']] },
	{ name: 'settings', indexes: [] },
	{ name: 'meta', indexes: [] }
];

export function createV1Database(
	factory: IDBFactory,
	name: string,
	contents: V1Contents
): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = factory.open(name, 1);
		request.onupgradeneeded = () => {
			for (const { name, keyPath, autoIncrement, indexes } of v1Stores) {
				const store = request.result.createObjectStore(name, { keyPath, autoIncrement });
				for (const [index, path] of indexes) store.createIndex(index, path);
			}
		};
		request.onerror = () => reject(request.error);
		request.onsuccess = () => {
			const db = request.result;
			const tx = db.transaction(
				['cards', 'reviews', 'quizzes', 'results', 'settings', 'meta'],
				'readwrite'
			);
			for (const card of contents.cards) tx.objectStore('cards').put(card);
			for (const review of contents.reviews) tx.objectStore('reviews').add(review);
			for (const quiz of contents.quizzes) tx.objectStore('quizzes').put(quiz);
			for (const result of contents.results) tx.objectStore('results').put(result);
			if (contents.settings !== undefined)
				tx.objectStore('settings').put(contents.settings, 'study');
			for (const [key, value] of Object.entries(contents.meta))
				tx.objectStore('meta').put(value, key);
			tx.oncomplete = () => {
				db.close();
				resolve();
			};
			tx.onabort = () => reject(tx.error);
		};
	});
}
