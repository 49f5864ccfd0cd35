import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentVersion, setIndex } from 'virtual:repaso-content';
import { getAllCards, getMeta, putCards, setMeta } from '$lib/storage';
import { openTestDb } from '$lib/storage/test-fixtures';

const now = new Date('2025-06-10T12:00:00Z');
const bankSize = setIndex.reduce((sum, set) => sum + set.itemIds.length, 0);

/** startup.ts remembers its one reconciliation per page load: each test loads it afresh. */
async function freshStartup() {
	vi.resetModules();
	return import('./startup');
}

beforeEach(() => vi.resetModules());

describe('reconcileWithBank', () => {
	it('gives every bank item a card ranked in bank order, and stamps the bank version', async () => {
		const { db } = await openTestDb();
		await (await freshStartup()).reconcileWithBank(db, now);
		const cards = await getAllCards(db);
		expect(cards).toHaveLength(bankSize);
		const ranks = new Map(cards.map((record) => [record.itemId, record.bankRank]));
		expect(setIndex.flatMap((set) => set.itemIds).map((id) => ranks.get(id))).toEqual([
			...Array(bankSize).keys()
		]);
		expect(await getMeta(db, 'contentVersion')).toBe(contentVersion);
		db.close();
	});

	it('skips reading the cards when they were reconciled with this very bank', async () => {
		const { db } = await openTestDb();
		await (await freshStartup()).reconcileNow(db, now);
		const [first] = await getAllCards(db);
		// An unranked card stays unranked: nothing was reconciled.
		await putCards(db, [{ ...first!, bankRank: undefined }]);
		await (await freshStartup()).reconcileWithBank(db, now);
		expect(
			(await getAllCards(db)).find((record) => record.itemId === first!.itemId)?.bankRank
		).toBeUndefined();

		// Once the stamp is gone (an import, or an upgrade), the next start reconciles again.
		await setMeta(db, 'contentVersion', 'an older bank');
		await (await freshStartup()).reconcileWithBank(db, now);
		expect(
			(await getAllCards(db)).find((record) => record.itemId === first!.itemId)?.bankRank
		).toBe(first!.bankRank);
		db.close();
	});
});
