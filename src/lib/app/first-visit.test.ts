import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentVersion, setIndex } from 'virtual:repaso-content';

const now = new Date('2025-06-10T12:00:00Z');

/**
 * The app's modules as a new page load has them, over the browser's databases (empty unless
 * given): the shared connection and the reconciliation done are remembered per load.
 */
async function freshPageLoad(databases = new IDBFactory()) {
	vi.resetModules();
	globalThis.indexedDB = databases;
	return {
		...(await import('./storage-ready')),
		...(await import('./first-visit')),
		...(await import('./today')),
		...(await import('./database.svelte')),
		...(await import('$lib/storage/meta'))
	};
}

beforeEach(() => vi.resetModules());

describe('Today on a first visit', () => {
	it('shows, before any card is written, the figures the written cards give', async () => {
		const app = await freshPageLoad();
		expect(await app.storageReady(now, '/')).toBeNull();
		expect(await app.cardsWritten()).toBe(false);
		const drawn = await app.loadToday(now);
		expect(drawn).toEqual(app.firstVisitToday());

		// A page that reads the cards writes them; Today then reads its figures from them.
		expect(await app.storageReady(now, '/study')).toBeNull();
		expect(await app.cardsWritten()).toBe(true);
		const read = await app.readToday(now);
		expect(read).toEqual(drawn);
		expect(await app.loadToday(now)).toEqual(read);
		expect(read.progress.size).toBe(setIndex.length);
	});

	it('leaves a fresh database without cards on Today, and writes them on every other page', async () => {
		for (const route of ['/study/[set]', '/sets/[set]', '/quiz/[set]', '/stats', '/settings']) {
			const app = await freshPageLoad();
			expect(await app.storageReady(now, route)).toBeNull();
			expect(await app.cardsWritten()).toBe(true);
		}
		const app = await freshPageLoad();
		await app.storageReady(now, '/');
		expect(await app.cardsWritten()).toBe(false);
	});
});

describe('Today for a returning learner', () => {
	it('brings written cards in step with a changed bank before reading them', async () => {
		const databases = new IDBFactory();
		const first = await freshPageLoad(databases);
		await first.storageReady(now, '/study');
		await first.setMeta(await first.appDatabase(), 'contentVersion', 'an older bank');
		(await first.appDatabase()).close();

		const next = await freshPageLoad(databases);
		expect(await next.storageReady(now, '/')).toBeNull();
		expect(await next.getMeta(await next.appDatabase(), 'contentVersion')).toBe(contentVersion);
	});
});

describe('firstVisitToday', () => {
	const sets = [
		{ id: 'alpha', itemIds: ['alpha-1', 'alpha-2', 'alpha-3'] },
		{ id: 'beta', itemIds: ['beta-1', 'beta-2'] }
	];

	it('offers every item new, up to the daily limit, with nothing due and no streak', async () => {
		const { firstVisitToday } = await import('./first-visit');
		const { defaultSettings } = await import('$lib/srs/settings-defaults');
		const figures = firstVisitToday(sets, { ...defaultSettings(), dailyNewLimit: 4 });
		expect(figures).toEqual({
			counts: { due: 0, learning: 0, new: 4 },
			streak: 0,
			reviewedToday: 0,
			progress: new Map([
				['alpha', { new: 3, learning: 0, mastered: 0 }],
				['beta', { new: 2, learning: 0, mastered: 0 }]
			])
		});
		expect(firstVisitToday(sets, defaultSettings()).counts.new).toBe(5);
	});
});
