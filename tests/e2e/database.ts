import type { Page } from '@playwright/test';

/** The fields of the review log's packed numbers that the tests look at (see review-pages.ts). */
const reviewFields = { count: 11, review: 0, rating: 1 } as const;

/**
 * Reads the `repaso` database straight from IndexedDB, as the browser keeps it: its version and
 * stores, every review in commit order (time in ms and rating) and every card.
 */
export async function readDatabase(page: Page) {
	return page.evaluate(async (fields) => {
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
		const pages = await all<{ itemIds: string[]; values: Float64Array }>('reviewPages');
		const cards = await all<{
			itemId: string;
			bankRank?: number;
			card: { due: Date; reps: number; state: number };
		}>('cards');
		const result = {
			version: db.version,
			stores: [...db.objectStoreNames].sort(),
			reviews: pages.flatMap((stored) =>
				stored.itemIds.map((itemId, index) => {
					const at = index * fields.count;
					return {
						itemId,
						log: {
							review: stored.values[at + fields.review] ?? Number.NaN,
							rating: stored.values[at + fields.rating] ?? Number.NaN
						}
					};
				})
			),
			cards: cards.map((record) => ({
				itemId: record.itemId,
				bankRank: record.bankRank,
				due: record.card.due.toISOString(),
				reps: record.card.reps,
				state: record.card.state
			}))
		};
		db.close();
		return result;
	}, reviewFields);
}
