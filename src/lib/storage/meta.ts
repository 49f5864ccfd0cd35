/** The meta store: small facts about this database, one typed value per key. */
import type { MetaKey, MetaValues, RepasoDb } from './schema';
import { transact } from './transaction';

/** @example const contentVersion = await getMeta(db, 'contentVersion'); */
export async function getMeta<K extends MetaKey>(
	db: RepasoDb,
	key: K
): Promise<MetaValues[K] | undefined> {
	const value = await transact(db, ['meta'], 'readonly', (tx) => tx.store.get(key));
	return value as MetaValues[K] | undefined;
}

/** @example await setMeta(db, 'lastBackupAt', now); */
export function setMeta<K extends MetaKey>(
	db: RepasoDb,
	key: K,
	value: MetaValues[K]
): Promise<void> {
	return transact(db, ['meta'], 'readwrite', async (tx) => {
		await tx.store.put(value, key);
	});
}

/**
 * This profile's install id, made with `newId` the first time (in the same transaction as the read,
 * so two tabs starting together agree on one id).
 *
 * @example const installId = await ensureInstallId(db, () => crypto.randomUUID());
 */
export function ensureInstallId(db: RepasoDb, newId: () => string): Promise<string> {
	return transact(db, ['meta'], 'readwrite', async (tx) => {
		const existing = (await tx.store.get('installId')) as string | undefined;
		if (existing !== undefined) return existing;
		const id = newId();
		await tx.store.put(id, 'installId');
		return id;
	});
}
