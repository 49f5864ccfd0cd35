import { describe, expect, it, vi } from 'vitest';
import { ensureInstallId, getMeta, setMeta } from './meta';
import { T0, openTestDb } from './test-fixtures';

describe('meta', () => {
	it('stores typed values by key', async () => {
		const { db } = await openTestDb();
		expect(await getMeta(db, 'lastBackupAt')).toBeUndefined();
		await setMeta(db, 'lastBackupAt', T0);
		await setMeta(db, 'contentVersion', 'bank-3');
		expect(await getMeta(db, 'lastBackupAt')).toEqual(T0);
		expect(await getMeta(db, 'contentVersion')).toBe('bank-3');
	});

	it('makes the install id once, even when two callers race', async () => {
		const { db } = await openTestDb();
		const newId = vi.fn().mockReturnValueOnce('id-1').mockReturnValueOnce('id-2');
		const [a, b] = await Promise.all([ensureInstallId(db, newId), ensureInstallId(db, newId)]);
		expect([a, b]).toEqual(['id-1', 'id-1']);
		expect(newId).toHaveBeenCalledTimes(1);
		expect(await ensureInstallId(db, newId)).toBe('id-1');
	});
});
