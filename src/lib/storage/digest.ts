/** A fingerprint of everything stored, to check that an operation changed nothing (or the same thing). */
import { canonicalJson, sha256Hex } from '$lib/util/hash';
import { CARD_STORES, readCardTable } from './cards';
import { byItemId } from './card-table';
import { STORE_NAMES, type RepasoDb } from './schema';
import { transact } from './transaction';

/**
 * Every store's keys and values as canonical JSON, read in one transaction; the cards as records
 * by item id, however pages and changes hold them. Dates are tagged, so a Date and its ISO string
 * never look the same.
 *
 * @example expect(await databaseSnapshot(db)).toBe(before); // shows the difference when it fails
 */
export async function databaseSnapshot(db: RepasoDb): Promise<string> {
	const contents = await transact(db, STORE_NAMES, 'readonly', async (tx) => {
		// The cards as the app sees them: the same cards may sit in pages or in changes.
		const cards = (await readCardTable(tx)).records();
		const stores: Record<string, unknown> = {
			cards: cards.sort(byItemId).map(tagDates)
		};
		for (const name of STORE_NAMES.filter((store) => !CARD_STORES.includes(store as never))) {
			const store = tx.objectStore(name);
			const keys: unknown[] = await store.getAllKeys();
			const values: unknown[] = await store.getAll();
			stores[name] = keys.map((key, index) => [tagDates(key), tagDates(values[index])]);
		}
		return stores;
	});
	return canonicalJson(contents);
}

/** SHA-256 of databaseSnapshot. @example const before = await databaseDigest(db); */
export async function databaseDigest(db: RepasoDb): Promise<string> {
	return sha256Hex(await databaseSnapshot(db));
}

function tagDates(value: unknown): unknown {
	if (value instanceof Date)
		return { $date: Number.isNaN(value.getTime()) ? null : value.toISOString() };
	if (Array.isArray(value)) return value.map(tagDates);
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tagDates(item)]));
	}
	return value;
}
