/** The cards store: one CardRecord per bank item, kept (suspended) after its item leaves the bank. */
import type { CardRecord } from '$lib/srs/types';
import type { RepasoDb } from './schema';
import { requestAll, transact } from './transaction';

/** @example const cards = await getAllCards(db); */
export function getAllCards(db: RepasoDb): Promise<CardRecord[]> {
	return transact(db, ['cards'], 'readonly', (tx) => tx.store.getAll());
}

/** @example const record = await getCard(db, 'timeline-3'); */
export function getCard(db: RepasoDb, itemId: string): Promise<CardRecord | undefined> {
	return transact(db, ['cards'], 'readonly', (tx) => tx.store.get(itemId));
}

/**
 * Cards due at or before `until`, earliest first, without suspended ones. New cards are due when
 * created, so they are included; the queue decides how many of them to introduce.
 *
 * @example const due = await getDueCards(db, now);
 */
export async function getDueCards(db: RepasoDb, until: Date): Promise<CardRecord[]> {
	const cards = await transact(db, ['cards'], 'readonly', (tx) =>
		tx.store.index('byDue').getAll(IDBKeyRange.upperBound(until))
	);
	return cards.filter((record) => !record.suspended);
}

/** Every card of one set, suspended ones included. @example await getCardsInSet(db, 'timeline') */
export function getCardsInSet(db: RepasoDb, setId: string): Promise<CardRecord[]> {
	return transact(db, ['cards'], 'readonly', (tx) => tx.store.index('bySet').getAll(setId));
}

/** Stores many cards in one transaction: all of them or none. @example await putCards(db, records) */
export function putCards(db: RepasoDb, cards: readonly CardRecord[]): Promise<void> {
	return transact(db, ['cards'], 'readwrite', (tx) =>
		requestAll(cards, (card) => tx.store.put(card))
	);
}

/** Which card, and the set its item is in now. The scheduler's full CardRecords fit here too. */
export type CardRef = Pick<CardRecord, 'itemId' | 'setId'>;

/** What reconciling the cards with the question bank decided (the shape `reconcile` returns). */
export interface Reconciliation {
	/** Cards for items new to the bank. An item that already has a card keeps it. */
	add: readonly CardRecord[];
	/** Items that left the bank: their cards and history stay, hidden. */
	suspend: readonly CardRef[];
	/** Items back in the bank, possibly in another set. */
	restore: readonly CardRef[];
	/** Items that moved to another set. */
	move?: readonly CardRef[];
	/** Recorded in `meta` in the same transaction, so a crash never leaves it half-applied. */
	stamp?: { contentVersion: string; at: Date };
}

export interface ReconciliationResult {
	added: number;
	suspended: number;
	restored: number;
	moved: number;
}

/**
 * Applies a reconciliation in one transaction. Only the suspended flag and the set change: each card's
 * schedule is the one stored now, not the one `reconcile` saw, so a review saved in between (another
 * tab) is kept. Counts what actually changed; refs without a card, or already as wanted, are skipped.
 *
 * @example
 * await applyReconciliation(db, { ...reconcile(bankItems, await getAllCards(db), now), stamp: { contentVersion, at: now } });
 */
export function applyReconciliation(
	db: RepasoDb,
	reconciliation: Reconciliation
): Promise<ReconciliationResult> {
	return transact(db, ['cards', 'meta'], 'readwrite', async (tx) => {
		const cards = tx.objectStore('cards');
		const existing = new Map((await cards.getAll()).map((record) => [record.itemId, record]));
		const added = reconciliation.add.filter((record) => !existing.has(record.itemId));
		const change = (
			refs: readonly CardRef[],
			update: (current: CardRecord, ref: CardRef) => CardRecord
		) =>
			refs.flatMap((ref) => {
				const current = existing.get(ref.itemId);
				if (!current) return [];
				const updated = update(current, ref);
				return updated.suspended === current.suspended && updated.setId === current.setId
					? []
					: [updated];
			});
		const suspended = change(reconciliation.suspend, (current) => ({
			...current,
			suspended: true
		}));
		const restored = change(reconciliation.restore, (current, ref) => ({
			...current,
			setId: ref.setId,
			suspended: false
		}));
		const moved = change(reconciliation.move ?? [], (current, ref) => ({
			...current,
			setId: ref.setId
		}));
		await requestAll([...added, ...suspended, ...restored, ...moved], (record) =>
			cards.put(record)
		);
		if (reconciliation.stamp) {
			const meta = tx.objectStore('meta');
			await meta.put(reconciliation.stamp.contentVersion, 'contentVersion');
			await meta.put(reconciliation.stamp.at, 'lastReconciledAt');
		}
		return {
			added: added.length,
			suspended: suspended.length,
			restored: restored.length,
			moved: moved.length
		};
	});
}
