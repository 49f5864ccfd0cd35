/**
 * Whether the cards were ever written. Apart from cards.ts, whose codecs and writers the first
 * page does not load: it only needs to know whether there is anything to read.
 */
import type { RepasoDb } from './schema';
import { transact } from './transaction';

/**
 * True once any card is stored. Reconciliation writes one for every bank item, and only a reset
 * deletes them, which reconciles at once (a removed item's card is kept, suspended): a database
 * without cards was never seeded. A first visit, or the first since the browser deleted the data.
 * @example if (!(await hasCards(db))) return firstVisitToday();
 */
export async function hasCards(db: RepasoDb): Promise<boolean> {
	const counts = await transact(db, ['cardPages', 'cardChanges'], 'readonly', (tx) =>
		Promise.all([tx.objectStore('cardPages').count(), tx.objectStore('cardChanges').count()])
	);
	return counts.some((count) => count > 0);
}
