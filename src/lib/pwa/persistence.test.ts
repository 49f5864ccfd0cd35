import { describe, expect, it, vi } from 'vitest';
import { persistenceStatus, requestPersistence } from './persistence';

function storage(persisted: boolean, grants: boolean) {
	return {
		persisted: vi.fn(async () => persisted),
		persist: vi.fn(async () => grants)
	};
}

describe('persistenceStatus', () => {
	it('reports persistent, best-effort or unsupported', async () => {
		expect(await persistenceStatus(storage(true, true))).toBe('persistent');
		expect(await persistenceStatus(storage(false, true))).toBe('best-effort');
		expect(await persistenceStatus(undefined)).toBe('unsupported');
	});
});

describe('requestPersistence', () => {
	it('asks the browser only when storage is not yet persistent', async () => {
		const already = storage(true, true);
		expect(await requestPersistence(already)).toBe('persistent');
		expect(already.persist).not.toHaveBeenCalled();

		const granted = storage(false, true);
		expect(await requestPersistence(granted)).toBe('persistent');
		expect(granted.persist).toHaveBeenCalledOnce();
	});

	it('stays best-effort when the browser refuses', async () => {
		expect(await requestPersistence(storage(false, false))).toBe('best-effort');
	});
});
