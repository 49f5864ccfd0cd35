/**
 * The cards: one CardRecord per bank item, kept (suspended) after its item leaves the bank. They
 * are stored as pages plus recent changes (card-pages.ts, card-table.ts); everything here reads
 * the whole table, a few large records, and selects in memory.
 */
import { State } from 'ts-fsrs';
import { newCardPlace, type NewOrder } from '$lib/srs/new-order';
import { suspended } from '$lib/srs/reconcile';
import type { CardRecord } from '$lib/srs/types';
import { masteredStabilityDays, type Progress } from '$lib/stats/progress';
import { encodeCards, recordOf, type CardFacts } from './card-pages';
import { CardTable, FOLD_AT, replaceCards } from './card-table';
import type { RepasoDb, StoreName } from './schema';
import { requestAll, transact, type RepasoTransaction } from './transaction';

/** The stores that hold the cards; a transaction that reads or writes cards opens both. */
export const CARD_STORES = ['cardPages', 'cardChanges'] as const satisfies StoreName[];

/**
 * The card stores within a transaction opened with them (and maybe others). idb types a
 * transaction's stores by the exact list it was opened with, so the list is narrowed here, once.
 */
function cardStores<Mode extends IDBTransactionMode>(
	tx: RepasoTransaction<ArrayLike<StoreName>, Mode>
) {
	const typed = tx as unknown as RepasoTransaction<typeof CARD_STORES, Mode>;
	return { pages: typed.objectStore('cardPages'), changes: typed.objectStore('cardChanges') };
}

/** Every card as stored, read within `tx`. @example (await readCardTable(tx)).records() */
export async function readCardTable<Mode extends IDBTransactionMode>(
	tx: RepasoTransaction<ArrayLike<StoreName>, Mode>
): Promise<CardTable> {
	const { pages, changes } = cardStores(tx);
	const [stored, changed] = await Promise.all([pages.getAll(), changes.getAll()]);
	return new CardTable(stored, changed);
}

/**
 * Replaces every card within `tx`: the pages are rewritten and no change is left beside them.
 * @example await writeCards(tx, table.records());
 */
export async function writeCards(
	tx: RepasoTransaction<ArrayLike<StoreName>, 'readwrite'>,
	cards: readonly CardRecord[]
): Promise<void> {
	const { pages, changes } = cardStores(tx);
	// Requests run in the order they are issued, so both clears come before the puts.
	await Promise.all([
		pages.clear(),
		changes.clear(),
		requestAll(encodeCards(cards), (page) => pages.put(page))
	]);
}

/**
 * Stores one card within `tx` as a change beside the pages; once `FOLD_AT` cards have changed,
 * folds them all into new pages, so a review writes little and a read stays a few records.
 * @example await putCardChange(tx, { ...record, card });
 */
export async function putCardChange(
	tx: RepasoTransaction<ArrayLike<StoreName>, 'readwrite'>,
	record: CardRecord
): Promise<void> {
	const { changes } = cardStores(tx);
	// Requests run in order, so the count includes the put; issued together they cost one wait.
	const [, changed] = await Promise.all([changes.put(record), changes.count()]);
	if (changed >= FOLD_AT) {
		await writeCards(tx, (await readCardTable(tx)).records());
	}
}

/**
 * One card, read within `tx`: from its change if it has one (a card just reviewed), else from the
 * pages. @example const current = await readCard(tx, review.itemId);
 */
export async function readCard<Mode extends IDBTransactionMode>(
	tx: RepasoTransaction<ArrayLike<StoreName>, Mode>,
	itemId: string
): Promise<CardRecord | undefined> {
	return (await cardStores(tx).changes.get(itemId)) ?? (await readCardTable(tx)).get(itemId);
}

function readTable(db: RepasoDb): Promise<CardTable> {
	return transact(db, CARD_STORES, 'readonly', readCardTable);
}

/** @example const cards = await getAllCards(db); */
export async function getAllCards(db: RepasoDb): Promise<CardRecord[]> {
	return (await readTable(db)).records();
}

/** @example const record = await getCard(db, 'timeline-3'); */
export function getCard(db: RepasoDb, itemId: string): Promise<CardRecord | undefined> {
	return transact(db, CARD_STORES, 'readonly', (tx) => readCard(tx, itemId));
}

/**
 * Cards with a place in the bank: the ones the queue, the progress and the forecast count.
 * Reconciliation gives a rank to every card whose item is in the bank and takes it from the rest.
 */
function activeCards(table: CardTable): (CardFacts & { bankRank: number })[] {
	return table.facts().filter((facts): facts is CardFacts & { bankRank: number } => {
		return facts.bankRank !== undefined && !facts.suspended;
	});
}

export interface QueueCardsQuery {
	/** Learning, review and relearning cards due before this time. */
	dueBefore: Date;
	/** At most this many new cards, the first in `newOrder`. */
	newLimit: number;
	/** Only new cards ranked from `first` to `last` (one set's items), inclusive. */
	newRanks?: { first: number; last: number };
	/** The order new cards are introduced in; bank order without it. */
	newOrder?: NewOrder;
}

/**
 * The active cards today's queue can show: those due before `dueBefore` (by state, then due
 * date, then rank), then the next new cards in the learner's order. Only these are made into
 * records.
 *
 * @example const cards = await getQueueCards(db, { dueBefore: endOfDay, newLimit: 20 });
 */
export async function getQueueCards(db: RepasoDb, query: QueueCardsQuery): Promise<CardRecord[]> {
	const { dueBefore, newLimit, newRanks, newOrder } = query;
	const active = activeCards(await readTable(db));
	const before = dueBefore.getTime();
	const due = active
		.filter((card) => card.state !== State.New && card.due < before)
		.sort((a, b) => a.state - b.state || a.due - b.due || a.bankRank - b.bankRank);
	const first = newRanks?.first ?? -Infinity;
	const last = newRanks?.last ?? Infinity;
	const fresh = active
		.filter((card) => {
			return card.state === State.New && card.bankRank >= first && card.bankRank <= last;
		})
		.sort((a, b) => newCardPlace(a.bankRank, newOrder) - newCardPlace(b.bankRank, newOrder))
		.slice(0, Math.max(0, newLimit));
	return [...due, ...fresh].map(recordOf);
}

/** When a card that is not new comes due: its state and due date. */
export interface DueFact {
	state: State;
	due: Date;
}

/**
 * The earliest learning (or relearning) card and the earliest review card due at or after `from`,
 * among the active cards (of one set, given `setId`): enough to say when the cards after a
 * session's come due, as the two kinds become available differently (see nextDueAt).
 * @example await getEarliestDue(db, { from: endOfDay, setId: 'timeline' }) // [{ state: 2, due }]
 */
export async function getEarliestDue(
	db: RepasoDb,
	query: { from: Date; setId?: string }
): Promise<DueFact[]> {
	const from = query.from.getTime();
	const earliest = new Map<'learning' | 'review', CardFacts>();
	for (const card of activeCards(await readTable(db))) {
		if (card.state === State.New || card.due < from) continue;
		if (query.setId !== undefined && card.setId !== query.setId) continue;
		const kind = card.state === State.Review ? 'review' : 'learning';
		const known = earliest.get(kind);
		if (!known || card.due < known.due) earliest.set(kind, card);
	}
	return [...earliest.values()].map((card) => ({ state: card.state, due: new Date(card.due) }));
}

/**
 * How far along each set is (see progressOf), counted from the cards' facts.
 *
 * @example (await countProgress(db, ['timeline'])).get('timeline') // { new: 12, learning: 6, mastered: 3 }
 */
export async function countProgress(
	db: RepasoDb,
	setIds: readonly string[]
): Promise<Map<string, Progress>> {
	const counts = new Map(setIds.map((setId) => [setId, { new: 0, learning: 0, mastered: 0 }]));
	for (const card of activeCards(await readTable(db))) {
		const progress = counts.get(card.setId);
		if (!progress) continue;
		if (card.state === State.New) progress.new += 1;
		else if (card.state === State.Review && card.stability >= masteredStabilityDays) {
			progress.mastered += 1;
		} else progress.learning += 1;
	}
	return counts;
}

/**
 * How many active cards that are not new fall due in each of `days` (consecutive study days, today
 * first); the first day also counts everything overdue.
 *
 * @example const forecast = await countDueByDay(db, studyDays(now, 4, zone, 0, 30)); // [41, 12, 9, ...]
 */
export async function countDueByDay(
	db: RepasoDb,
	days: readonly { start: Date; end: Date }[]
): Promise<number[]> {
	const ends = days.map((day) => day.end.getTime());
	const counts = days.map(() => 0);
	for (const card of activeCards(await readTable(db))) {
		if (card.state === State.New) continue;
		const index = ends.findIndex((end) => card.due < end);
		if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
	}
	return counts;
}

/**
 * Stores many cards in one transaction, all of them or none: each replaces the card for its item,
 * or is added after the others. @example await putCards(db, records)
 */
export function putCards(db: RepasoDb, cards: readonly CardRecord[]): Promise<void> {
	return transact(db, CARD_STORES, 'readwrite', async (tx) => {
		await writeCards(tx, replaceCards((await readCardTable(tx)).records(), cards));
	});
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
	return transact(db, [...CARD_STORES, 'meta'], 'readwrite', async (tx) => {
		const stored = (await readCardTable(tx)).records();
		const existing = new Map(stored.map((record) => [record.itemId, record]));
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
		const changed = [...suspendedCards, ...restored, ...updated, ...added];
		if (changed.length > 0) await writeCards(tx, replaceCards(stored, changed));
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
