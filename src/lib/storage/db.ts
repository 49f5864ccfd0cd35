/** Opening the `repaso` database, and what happens when another tab needs it. */
import { wrap } from 'idb';
import { StorageError, toStorageError } from './errors';
import { SCHEMA_VERSION, migrate, type UpgradeTransaction } from './migrations';
import { DB_NAME, type RepasoDb } from './schema';

export interface OpenRepasoDbOptions {
	name?: string;
	/** Defaults to the browser's `indexedDB`, read only when opening so this module loads anywhere. */
	factory?: IDBFactory;
	/**
	 * Another tab is opening a newer version or deleting the database. This connection is already
	 * closed (so the other tab can proceed); ask the learner to reload.
	 */
	onVersionChange?: (error: StorageError) => void;
	/**
	 * An older tab keeps the database open, so the upgrade waits: ask the learner to close it. The
	 * open goes on by itself once that tab lets go.
	 */
	onBlocked?: (error: StorageError) => void;
	/** The browser closed the connection itself (storage cleared, disk failure). */
	onTerminated?: (error: StorageError) => void;
	/**
	 * The database did not exist, and this open created it (empty): a first visit, or the browser
	 * deleted the data since the last one.
	 */
	onCreated?: () => void;
	/** The schema version to open. Only tests change it, to stand in for a future release. */
	version?: number;
}

/**
 * Opens (creating or upgrading as needed) the database. Fails with a StorageError: 'unavailable' when
 * the browser gives no IndexedDB, 'newer' when the data is newer than this app, 'corrupt' when an
 * upgrade fails.
 *
 * @example
 * const db = await openRepasoDb({ onVersionChange: () => askToReload(), onBlocked: () => askToCloseTabs() });
 */
export async function openRepasoDb(options: OpenRepasoDbOptions = {}): Promise<RepasoDb> {
	const { name = DB_NAME, version = SCHEMA_VERSION } = options;
	let request: IDBOpenDBRequest;
	try {
		request = (options.factory ?? browserIndexedDb()).open(name, version);
	} catch (error) {
		throw toStorageError(error, 'open');
	}

	let upgradeFailure: unknown;
	let created = false;
	request.addEventListener('upgradeneeded', (event) => {
		created = event.oldVersion === 0;
		const tx = request.transaction;
		if (!tx) return;
		const fail = (error: unknown) => {
			upgradeFailure = error;
			try {
				tx.abort();
			} catch {
				// The failed request already aborted it.
			}
		};
		try {
			const upgrading = wrap(tx) as unknown as UpgradeTransaction;
			// A failed upgrade is reported by the open request; unobserved, `done` would be unhandled.
			upgrading.done.catch(() => undefined);
			migrate(wrap(request.result) as unknown as RepasoDb, event.oldVersion, upgrading).catch(fail);
		} catch (error) {
			fail(error);
		}
	});
	request.addEventListener('blocked', () => options.onBlocked?.(new StorageError('blocked')));

	let db: RepasoDb;
	try {
		db = (await wrap(request)) as unknown as RepasoDb;
	} catch (error) {
		throw upgradeFailure === undefined
			? toStorageError(error, 'open')
			: toStorageError(upgradeFailure, 'use');
	}
	db.addEventListener('versionchange', () => {
		db.close();
		options.onVersionChange?.(new StorageError('closed'));
	});
	db.addEventListener('close', () => options.onTerminated?.(new StorageError('closed')));
	if (created) options.onCreated?.();
	return db;
}

function browserIndexedDb(): IDBFactory {
	let factory: IDBFactory | undefined;
	try {
		factory = globalThis.indexedDB;
	} catch (error) {
		// Some browsers throw a SecurityError just for reading `indexedDB` when storage is disabled.
		throw new StorageError('unavailable', { cause: error });
	}
	if (!factory) throw new StorageError('unavailable');
	return factory;
}

let shared: Promise<RepasoDb> | undefined;

/**
 * The app's one connection, opened on first use. The first caller's options apply; after another tab
 * takes the database away (or opening failed), the next call opens again.
 *
 * @example const db = await sharedRepasoDb({ onVersionChange: showReloadBanner });
 */
export function sharedRepasoDb(options: OpenRepasoDbOptions = {}): Promise<RepasoDb> {
	if (shared) return shared;
	const forget = () => {
		if (shared === opening) shared = undefined;
	};
	const opening = openRepasoDb({
		...options,
		onVersionChange: (error) => {
			forget();
			options.onVersionChange?.(error);
		},
		onTerminated: (error) => {
			forget();
			options.onTerminated?.(error);
		}
	});
	opening.catch(forget);
	shared = opening;
	return opening;
}
