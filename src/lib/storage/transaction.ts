/** The one way repositories touch the database: all-or-nothing, errors named for the UI. */
import type { IDBPTransaction } from 'idb';
import { StorageError, isIndexedDbFailure, toStorageError } from './errors';
import type { RepasoDb, RepasoSchema, StoreName } from './schema';

export type RepasoTransaction<
	Stores extends ArrayLike<StoreName>,
	Mode extends IDBTransactionMode
> = IDBPTransaction<RepasoSchema, Stores, Mode>;

export interface TransactOptions {
	/** 'strict' waits until the write reaches the disk: used where losing a write would lose a review. */
	durability?: 'default' | 'strict' | 'relaxed';
}

/**
 * Runs `work` in one transaction and resolves only after the transaction committed. If `work` throws
 * (including a request that throws synchronously, which IndexedDB does not abort by itself) the
 * transaction is aborted, so nothing it wrote stays. IndexedDB failures become StorageErrors; other
 * errors (bugs in callbacks) pass through unchanged.
 *
 * @example
 * await transact(db, ['cards'], 'readwrite', (tx) => tx.objectStore('cards').put(record));
 */
export async function transact<
	const Stores extends ArrayLike<StoreName>,
	Mode extends IDBTransactionMode,
	T
>(
	db: RepasoDb,
	stores: Stores,
	mode: Mode,
	work: (tx: RepasoTransaction<Stores, Mode>) => Promise<T>,
	options: TransactOptions = {}
): Promise<T> {
	let tx: RepasoTransaction<Stores, Mode>;
	try {
		tx = db.transaction(stores, mode, options);
	} catch (error) {
		throw toStorageError(error);
	}
	try {
		const result = await work(tx);
		await tx.done;
		return result;
	} catch (error) {
		abortQuietly(tx);
		await tx.done.catch(() => undefined);
		throw isIndexedDbFailure(error) || error instanceof StorageError
			? toStorageError(error)
			: error;
	}
}

function abortQuietly(tx: { abort(): void }): void {
	try {
		tx.abort();
	} catch {
		// Already aborted by the failed request, or already finished: either way nothing to undo.
	}
}

/**
 * Issues one request per item at once (IndexedDB queues them) and waits for all. If a request throws
 * synchronously, the ones already issued are left handled, so their abort is not an unhandled rejection.
 *
 * @example await requestAll(cards, (card) => tx.objectStore('cards').put(card));
 */
export async function requestAll<T>(
	items: Iterable<T>,
	request: (item: T) => Promise<unknown>
): Promise<void> {
	const pending: Promise<unknown>[] = [];
	try {
		for (const item of items) pending.push(request(item));
	} catch (error) {
		for (const issued of pending) issued.catch(() => undefined);
		throw error;
	}
	await Promise.all(pending);
}
