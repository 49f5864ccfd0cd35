/** Keeps the cards in step with the question bank without ever losing a card or its history. */
import { createEmptyCard } from 'ts-fsrs';
import type { CardRecord } from './types';

export interface BankItemRef {
	id: string;
	setId: string;
}

/** The card records to write; cards not listed stay as they are. */
export interface Reconciliation {
	/** New cards for items that have none yet. */
	add: CardRecord[];
	/** Cards whose item left the bank: suspended, state and history kept. */
	suspend: CardRecord[];
	/** Suspended cards whose item is back in the bank, unsuspended (in the item's set now). */
	restore: CardRecord[];
	/** Active cards whose item moved to another set or place in the bank, with the new set and rank. */
	update: CardRecord[];
	/** Cards needing no write: active cards of bank items and suspended cards still out of it. */
	unchanged: number;
}

/** A suspended card carries no bank rank, which keeps it out of the queue and the counts. */
export function suspended({ bankRank: _rank, ...record }: CardRecord): CardRecord {
	return { ...record, suspended: true };
}

/**
 * What to write so that every bank item has an active card ranked by its place in `bankItems`
 * (which lists the bank in order) and only bank items have active cards. Cards are keyed by item
 * id, so an edited item keeps its card and schedule. Applying the result and calling again gives
 * nothing to write.
 * @example
 * reconcile([{ id: 'cartels-1', setId: 'cartels' }], [], now).add[0].card.state === State.New
 */
export function reconcile(
	bankItems: readonly BankItemRef[],
	cards: readonly CardRecord[],
	now: Date
): Reconciliation {
	const result: Reconciliation = { add: [], suspend: [], restore: [], update: [], unchanged: 0 };
	const cardsById = new Map(cards.map((record) => [record.itemId, record]));
	const inBank = new Set<string>();
	for (const { id, setId } of bankItems) {
		if (inBank.has(id)) continue;
		const bankRank = inBank.size;
		inBank.add(id);
		const record = cardsById.get(id);
		if (!record) {
			result.add.push({
				itemId: id,
				setId,
				card: createEmptyCard(now),
				suspended: false,
				bankRank
			});
		} else if (record.suspended) {
			result.restore.push({ ...record, setId, suspended: false, bankRank });
		} else if (record.setId !== setId || record.bankRank !== bankRank) {
			result.update.push({ ...record, setId, bankRank });
		} else {
			result.unchanged++;
		}
	}
	for (const record of cards) {
		if (inBank.has(record.itemId)) continue;
		if (record.suspended) result.unchanged++;
		else result.suspend.push(suspended(record));
	}
	return result;
}
