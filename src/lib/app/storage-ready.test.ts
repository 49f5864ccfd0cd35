import { describe, expect, it } from 'vitest';
import { StorageError } from '$lib/storage/errors';
import { readsCards, storageReady } from './storage-ready';

const now = new Date('2025-06-10T12:00:00Z');

describe('storageReady', () => {
	it('resolves with no problem once the database is open and reconciled', async () => {
		const started: [Date, string | null][] = [];
		const problem = await storageReady(now, '/stats', async (at, route) => {
			started.push([at, route]);
		});
		expect(problem).toBeNull();
		expect(started).toEqual([[now, '/stats']]);
	});

	it('resolves with the problem, never rejects, when opening or seeding fails', async () => {
		const full = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
		expect(await storageReady(now, '/', full)).toEqual({ kind: 'quota', problem: 'quota' });
		const blocked = () => Promise.reject(new StorageError('blocked'));
		expect(await storageReady(now, '/', blocked)).toEqual({ kind: 'blocked', problem: 'blocked' });
	});
});

describe('readsCards', () => {
	it('is true of every route but Today, and of the error page', () => {
		expect(readsCards('/')).toBe(false);
		for (const route of ['/study', '/study/[set]', '/sets/[set]', '/classroom/build', null]) {
			expect(readsCards(route)).toBe(true);
		}
	});
});
