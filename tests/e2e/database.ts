import type { Page } from '@playwright/test';
import { realFields, wholeFields } from '../../src/lib/storage/card-pages';
import { reviewFields } from '../../src/lib/storage/review-pages';

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
