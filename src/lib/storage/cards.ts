/** The cards store: one CardRecord per bank item, kept (suspended) after its item leaves the bank. */
import { State } from 'ts-fsrs';
import { suspended } from '$lib/srs/reconcile';
import type { CardRecord } from '$lib/srs/types';
import { masteredStabilityDays, type Progress } from '$lib/stats/progress';
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

export interface QueueCardsQuery {
	/** Learning, review and relearning cards due before this time. */
	dueBefore: Date;
	/** At most this many new cards, the first in bank order. */
	newLimit: number;
	/** Only new cards ranked from `first` to `last` (one set's items), inclusive. */
	newRanks?: { first: number; last: number };
}

/**
 * The active cards today's queue can show: those due before `dueBefore`, then the next new cards.
 * Reads through indexes only what is asked for, however many cards there are.
 *
 * @example const cards = await getQueueCards(db, { dueBefore: endOfDay, newLimit: 20 });
 */
export function getQueueCards(db: RepasoDb, query: QueueCardsQuery): Promise<CardRecord[]> {
	const { dueBefore, newLimit, newRanks } = query;
	return transact(db, ['cards'], 'readonly', async (tx) => {
		const byQueue = tx.store.index('byQueue');
		const due = [State.Learning, State.Review, State.Relearning].map((state) =>
			byQueue.getAll(IDBKeyRange.bound([state], [state, dueBefore], false, true))
		);
		const ranks = IDBKeyRange.bound(
			[State.New, newRanks?.first ?? -Infinity],
			[State.New, newRanks?.last ?? Infinity]
		);
		const fresh = newLimit > 0 ? tx.store.index('byNewRank').getAll(ranks, newLimit) : [];
		return (await Promise.all([...due, fresh])).flat();
	});
}

/**
 * How far along each set is (see progressOf), counted by the database without reading the cards.
 *
 * @example (await countProgress(db, ['timeline'])).get('timeline') // { new: 12, learning: 6, mastered: 3 }
 */
export function countProgress(
	db: RepasoDb,
	setIds: readonly string[]
): Promise<Map<string, Progress>> {
	return transact(db, ['cards'], 'readonly', async (tx) => {
		const index = tx.store.index('bySetProgress');
		const counts = await Promise.all(
			setIds.map((setId) =>
				Promise.all([
					index.count(IDBKeyRange.bound([setId], [setId, Infinity])),
					index.count(IDBKeyRange.bound([setId, State.New], [setId, State.New, Infinity])),
					index.count(
						IDBKeyRange.bound(
							[setId, State.Review, masteredStabilityDays],
							[setId, State.Review, Infinity]
						)
					)
				])
			)
		);
		return new Map(
			setIds.map((setId, index) => {
				const [all, fresh, mastered] = counts[index] ?? [0, 0, 0];
				return [setId, { new: fresh, learning: all - fresh - mastered, mastered }];
			})
		);
	});
}

/**
 * How many active cards that are not new fall due in each of `days` (consecutive study days, today
 * first); the first day also counts everything overdue. Review cards, the many, are counted by the
 * database per day; the few in (re)learning are read and placed here.
 *
 * @example const forecast = await countDueByDay(db, studyDays(now, 4, zone, 0, 30)); // [41, 12, 9, ...]
 */
export function countDueByDay(
	db: RepasoDb,
	days: readonly { start: Date; end: Date }[]
): Promise<number[]> {
	return transact(db, ['cards'], 'readonly', async (tx) => {
		const byQueue = tx.store.index('byQueue');
		const last = days.at(-1)?.end ?? new Date(0);
		const learning = [State.Learning, State.Relearning].map((state) =>
			byQueue.getAll(IDBKeyRange.bound([state], [state, last], false, true))
		);
		const reviews = days.map((day, index) => {
			const from = index === 0 ? [State.Review] : [State.Review, day.start];
			return byQueue.count(IDBKeyRange.bound(from, [State.Review, day.end], false, true));
		});
		const [counts, inLearning] = await Promise.all([
			Promise.all(reviews),
			Promise.all(learning).then((lists) => lists.flat())
		]);
		for (const { card } of inLearning) {
			const index = days.findIndex((day) => card.due < day.end);
			if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
		}
		return counts;
	});
}

/** Stores many cards in one transaction: all of them or none. @example await putCards(db, records) */
export function putCards(db: RepasoDb, cards: readonly CardRecord[]): Promise<void> {
	return transact(db, ['cards'], 'readwrite', (tx) =>
		requestAll(cards, (card) => tx.store.put(card))
	);
}

/** Which card, and its item's set and place in the bank now. Full CardRecords fit here too. */
export type CardRef = Pick<CardRecord, 'itemId' | 'setId' | 'bankRank'>;

/** What reconciling the cards with the question bank decided (the shape `reconcile` returns). */
export interface Reconciliation {
	/** Cards for items new to the bank. An item that already has a card keeps it. */
	add: readonly CardRecord[];
	/** Items that left the bank: their cards and history stay, hidden. */
	suspend: readonly CardRef[];
	/** Items back in the bank, possibly in another set. */
	restore: readonly CardRef[];
	/** Items that moved to another set or place in the bank. */
	update?: readonly CardRef[];
	/** Recorded in `meta` in the same transaction, so a crash never leaves it half-applied. */
	stamp?: { contentVersion: string; at: Date };
}

export interface ReconciliationResult {
	added: number;
	suspended: number;
	restored: number;
	updated: number;
}

/**
 * Applies a reconciliation in one transaction. Only the suspended flag, set and rank change: each card's
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
				const same =
					updated.suspended === current.suspended &&
					updated.setId === current.setId &&
					updated.bankRank === current.bankRank;
				return same ? [] : [updated];
			});
		const suspendedCards = change(reconciliation.suspend, suspended);
		const restored = change(reconciliation.restore, (current, ref) => ({
			...current,
			setId: ref.setId,
			suspended: false,
			bankRank: ref.bankRank
		}));
		const updated = change(reconciliation.update ?? [], (current, ref) => ({
			...current,
			setId: ref.setId,
			bankRank: ref.bankRank
		}));
		await requestAll([...added, ...suspendedCards, ...restored, ...updated], (record) =>
			cards.put(record)
		);
		if (reconciliation.stamp) {
			const meta = tx.objectStore('meta');
			await meta.put(reconciliation.stamp.contentVersion, 'contentVersion');
			await meta.put(reconciliation.stamp.at, 'lastReconciledAt');
		}
		return {
			added: added.length,
			suspended: suspendedCards.length,
			restored: restored.length,
			updated: updated.length
		};
	});
}
