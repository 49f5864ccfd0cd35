import type { Page } from '@playwright/test';
import { realFields, wholeFields } from '../../src/lib/storage/card-pages';
import { reviewFields } from '../../src/lib/storage/review-pages';
import { v1Stores } from '../../src/lib/storage/v1-fixture';

/** Where the tests' fields sit in the packed numbers of review and card pages. */
const layout = {
	review: { count: reviewFields.length, time: reviewFields.indexOf('review'), rating: 1 },
	card: {
		reals: realFields.length,
		wholes: wholeFields.length,
		due: realFields.indexOf('due'),
		state: wholeFields.indexOf('state'),
		reps: wholeFields.indexOf('reps'),
		bankRank: wholeFields.indexOf('bankRank')
	}
};

/**
 * Reads the `repaso` database straight from IndexedDB, as the browser keeps it: its version and
 * stores, every review in commit order (time in ms and rating) and every card, a changed card
 * as its change.
 */
export async function readDatabase(page: Page) {
	return page.evaluate(async ({ review, card }) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('repaso');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const all = <T>(store: string) =>
			new Promise<T[]>((resolve, reject) => {
				const request = db.transaction(store).objectStore(store).getAll();
				request.onsuccess = () => resolve(request.result as T[]);
				request.onerror = () => reject(request.error);
			});
		const reviewPages = await all<{ itemIds: string[]; values: Float64Array }>('reviewPages');
		const cardPages = await all<{ itemIds: string[]; reals: Float64Array; wholes: Int32Array }>(
			'cardPages'
		);
		const changes = await all<{
			itemId: string;
			bankRank?: number;
			card: { due: Date; reps: number; state: number };
		}>('cardChanges');
		const changed = new Map(changes.map((record) => [record.itemId, record]));
		const onPages = cardPages.flatMap((stored) =>
			stored.itemIds.map((itemId, index) => {
				const number = (field: number) => stored.wholes[index * card.wholes + field] as number;
				return {
					itemId,
					bankRank: number(card.bankRank) < 0 ? undefined : number(card.bankRank),
					due: new Date(stored.reals[index * card.reals + card.due] as number).toISOString(),
					reps: number(card.reps),
					state: number(card.state)
				};
			})
		);
		const result = {
			version: db.version,
			stores: [...db.objectStoreNames].sort(),
			reviews: reviewPages.flatMap((stored) =>
				stored.itemIds.map((itemId, index) => {
					const at = index * review.count;
					return {
						itemId,
						log: {
							review: stored.values[at + review.time] ?? Number.NaN,
							rating: stored.values[at + review.rating] ?? Number.NaN
						}
					};
				})
			),
			cards: [
				...onPages.filter((stored) => !changed.has(stored.itemId)),
				...changes.map((record) => ({
					itemId: record.itemId,
					bankRank: record.bankRank,
					due: record.card.due.toISOString(),
					reps: record.card.reps,
					state: record.card.state
				}))
			]
		};
		db.close();
		return result;
	}, layout);
}

/**
 * Replaces the app's database with one exactly as version 1 (the first release) left it, holding
 * one card studied once, graded Easy at `reviewedAt`: a device with history from an older app and
 * bank. Deleting the database makes the app let go of its connection (and ask for a reload), so
 * reload the page afterwards.
 */
export async function seedVersion1Database(
	page: Page,
	seed: { itemId: string; setId: string; reviewedAt: number }
): Promise<void> {
	await page.evaluate(
		async ({ itemId, setId, reviewedAt, stores }) => {
			const done = (request: IDBRequest) =>
				new Promise((resolve, reject) => {
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
			await done(indexedDB.deleteDatabase('repaso'));
			const open = indexedDB.open('repaso', 1);
			open.onupgradeneeded = () => {
				for (const { name, keyPath, autoIncrement, indexes } of stores) {
					const store = open.result.createObjectStore(name, { keyPath, autoIncrement });
					for (const [index, path] of indexes) store.createIndex(index, path);
				}
			};
			const db = (await done(open)) as IDBDatabase;
			const day = 86_400_000;
			const tx = db.transaction(['cards', 'reviews', 'meta'], 'readwrite');
			tx.objectStore('cards').put({
				itemId,
				setId,
				suspended: false,
				card: {
					due: new Date(reviewedAt + 3 * day),
					stability: 3.2,
					difficulty: 5.1,
					elapsed_days: 0,
					scheduled_days: 3,
					learning_steps: 0,
					reps: 1,
					lapses: 0,
					state: 2,
					last_review: new Date(reviewedAt)
				}
			});
			tx.objectStore('reviews').add({
				itemId,
				log: {
					rating: 4,
					state: 0,
					due: new Date(reviewedAt),
					stability: 0,
					difficulty: 0,
					elapsed_days: 0,
					last_elapsed_days: 0,
					scheduled_days: 0,
					learning_steps: 0,
					review: new Date(reviewedAt)
				},
				previousDue: new Date(reviewedAt)
			});
			tx.objectStore('meta').put(1, 'schemaVersion');
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onabort = () => reject(tx.error);
			});
			db.close();
		},
		{ ...seed, stores: v1Stores }
	);
}

/**
 * How many reviews the log holds, how many of them are distinct (item, time and rating), the sum
 * of the cards' reps and how many cards there are: light enough for a log of 500,000 reviews.
 */
export async function storedTotals(page: Page) {
	return page.evaluate(async ({ review, card }) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('repaso');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const all = <T>(store: string) =>
			new Promise<T[]>((resolve, reject) => {
				const request = db.transaction(store).objectStore(store).getAll();
				request.onsuccess = () => resolve(request.result as T[]);
				request.onerror = () => reject(request.error);
			});
		const reviewPages = await all<{ itemIds: string[]; values: Float64Array }>('reviewPages');
		const cardPages = await all<{ itemIds: string[]; wholes: Int32Array }>('cardPages');
		const changes = await all<{ itemId: string; card: { reps: number } }>('cardChanges');
		db.close();
		const identities = new Set<string>();
		let reviews = 0;
		for (const stored of reviewPages) {
			stored.itemIds.forEach((itemId, index) => {
				const at = index * review.count;
				const time = stored.values[at + review.time];
				identities.add(`${time} ${stored.values[at + review.rating]} ${itemId}`);
				reviews += 1;
			});
		}
		const reps = new Map<string, number>();
		for (const stored of cardPages) {
			stored.itemIds.forEach((itemId, index) => {
				reps.set(itemId, stored.wholes[index * card.wholes + card.reps] as number);
			});
		}
		for (const change of changes) reps.set(change.itemId, change.card.reps);
		let repsTotal = 0;
		for (const value of reps.values()) repsTotal += value;
		return { reviews, distinct: identities.size, reps: repsTotal, cards: reps.size };
	}, layout);
}
