/** Persistent storage: asks the browser not to evict the learner's progress. */
export type PersistenceStatus = 'persistent' | 'best-effort' | 'unsupported';

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;

function storageManager(): StorageManagerLike | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export async function persistenceStatus(
	storage: StorageManagerLike | undefined = storageManager()
): Promise<PersistenceStatus> {
	if (!storage?.persisted) return 'unsupported';
	return (await storage.persisted()) ? 'persistent' : 'best-effort';
}

/**
 * Asks once there is something worth keeping (after the first answer), since browsers grant it
 * more readily to pages the person has engaged with, and never asks again once granted.
 */
export async function requestPersistence(
	storage: StorageManagerLike | undefined = storageManager()
): Promise<PersistenceStatus> {
	const status = await persistenceStatus(storage);
	if (status !== 'best-effort' || !storage) return status;
	return (await storage.persist()) ? 'persistent' : 'best-effort';
}
