import { describe, expect, it, vi } from 'vitest';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { openRepasoDb, sharedRepasoDb } from './db';
import { StorageError } from './errors';
import { SCHEMA_VERSION } from './migrations';
import { getAllCards, putCards } from './cards';
import { STORE_NAMES } from './schema';
import { freshTarget, newCard, openTestDb } from './test-fixtures';

/** Opens a second connection with the raw API, as another tab would. */
function openRaw(factory: IDBFactory, name: string, version: number): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = factory.open(name, version);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

describe('openRepasoDb', () => {
	it('creates every store and index of the schema on a fresh open', async () => {
		const { db } = await openTestDb();
		expect(db.version).toBe(SCHEMA_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
		const tx = db.transaction(STORE_NAMES);
		expect(tx.objectStore('cardPages').keyPath).toBe('id');
		expect(tx.objectStore('cardChanges').keyPath).toBe('itemId');
		expect(tx.objectStore('reviewPages').keyPath).toBe('id');
		expect(tx.objectStore('reviewPages').autoIncrement).toBe(false);
		expect(tx.objectStore('reviewTallies').keyPath).toBe('day');
		expect(tx.objectStore('quizzes').keyPath).toBe('id');
		expect(tx.objectStore('results').index('byQuiz').keyPath).toBe('quizId');
		expect(tx.objectStore('settings').keyPath).toBeNull();
		expect(await tx.objectStore('meta').get('schemaVersion')).toBe(SCHEMA_VERSION);
		await tx.done;
	});

	it('fails as unavailable when the browser has no IndexedDB', async () => {
		const original = globalThis.indexedDB;
		// @ts-expect-error: simulating a browser without IndexedDB
		delete globalThis.indexedDB;
		try {
			await expect(openRepasoDb()).rejects.toMatchObject({
				name: 'StorageError',
				kind: 'unavailable'
			});
		} finally {
			globalThis.indexedDB = original;
		}
	});

	it('fails as unavailable when opening throws (as in some private modes)', async () => {
		const factory = {
			open: () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		} as unknown as IDBFactory;
		const error = await openRepasoDb({ factory }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect(error).toMatchObject({ kind: 'unavailable' });
		expect((error as StorageError).message).toMatch(/private window/);
	});

	it('fails as newer, asking for a reload, when the database is newer than the app', async () => {
		const { factory, name } = freshTarget();
		(await openRaw(factory, name, SCHEMA_VERSION + 1)).close();
		const error = await openRepasoDb({ factory, name }).catch((e: unknown) => e);
		expect(error).toMatchObject({
			kind: 'newer',
			message: expect.stringMatching(/newer version/)
		});
	});

	it('closes itself and reports when another tab opens a newer version', async () => {
		const onVersionChange = vi.fn();
		const { db, factory, name } = await openTestDb({ onVersionChange });
		await putCards(db, [newCard('timeline-1')]);

		const newer = await openRaw(factory, name, SCHEMA_VERSION + 1);

		expect(onVersionChange).toHaveBeenCalledTimes(1);
		expect(onVersionChange.mock.calls[0]?.[0]).toMatchObject({ kind: 'closed' });
		expect(newer.version).toBe(SCHEMA_VERSION + 1);
		await expect(getAllCards(db)).rejects.toMatchObject({ name: 'StorageError', kind: 'closed' });
		newer.close();
	});

	it('reports blocked while an older tab holds the database, then opens once it lets go', async () => {
		const { factory, name } = freshTarget();
		(await openRepasoDb({ factory, name })).close();
		const olderTab = await openRaw(factory, name, SCHEMA_VERSION);
		const onBlocked = vi.fn();

		const opening = openRepasoDb({ factory, name, version: SCHEMA_VERSION + 1, onBlocked });
		await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledTimes(1));
		expect(onBlocked.mock.calls[0]?.[0]).toMatchObject({ name: 'StorageError', kind: 'blocked' });

		olderTab.close();
		const db = await opening;
		expect(db.version).toBe(SCHEMA_VERSION + 1);
		expect(await db.get('meta', 'schemaVersion')).toBe(SCHEMA_VERSION + 1);
		db.close();
	});

	it('reports a connection the browser closed by force', async () => {
		const onTerminated = vi.fn();
		const { db } = await openTestDb({ onTerminated });
		forceCloseDatabase(unwrap(db) as never);
		expect(onTerminated).toHaveBeenCalledTimes(1);
		expect(onTerminated.mock.calls[0]?.[0]).toMatchObject({ kind: 'closed' });
	});
});

describe('sharedRepasoDb', () => {
	it('opens once, and opens again after another tab took the database away', async () => {
		const target = freshTarget();
		const onVersionChange = vi.fn();
		const first = sharedRepasoDb({ ...target, onVersionChange });
		expect(sharedRepasoDb(target)).toBe(first);
		const db = await first;
		await putCards(db, [newCard('timeline-1')]);

		const newer = await openRaw(target.factory, target.name, SCHEMA_VERSION + 1);
		expect(onVersionChange).toHaveBeenCalledTimes(1);
		newer.close();

		const second = sharedRepasoDb(target);
		expect(second).not.toBe(first);
		// The other tab upgraded, so this (older) app cannot open it again: it says so.
		await expect(second).rejects.toMatchObject({ kind: 'newer' });
		expect(sharedRepasoDb(target)).not.toBe(second);
		await sharedRepasoDb(target).catch(() => undefined);
	});
});
