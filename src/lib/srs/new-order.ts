/**
 * The order new cards are introduced in. Bank ranks put the sets one after another (set index
 * order) and each set's items in file order; "by set" follows them, so one set is finished before
 * the next begins. "Mixed" takes the first unseen place of every set, then the second of every
 * set, and so on, so "Study all" starts every topic in the first week. Within a set, file order is
 * kept either way: the sets are written to be read in order.
 */
import * as v from 'valibot';

export const newCardOrders = ['mixed', 'bySet'] as const;
export const NewCardOrder = v.picklist(newCardOrders);
export type NewCardOrder = v.InferOutput<typeof NewCardOrder>;

/** What ordering new cards needs: the learner's choice and where each set's ranks begin. */
export interface NewOrder {
	order: NewCardOrder;
	/** The first bank rank of each set, ascending (see setStarts). */
	setStarts: readonly number[];
}

/**
 * Where each set's bank ranks begin, in bank order: reconciliation ranks the index's items one
 * set after another.
 * @example setStarts([{ itemIds: ['a-1', 'a-2'] }, { itemIds: ['b-1'] }]) // [0, 2]
 */
export function setStarts(sets: readonly { itemIds: readonly string[] }[]): number[] {
	const starts: number[] = [];
	let next = 0;
	for (const set of sets) {
		starts.push(next);
		next += set.itemIds.length;
	}
	return starts;
}

/**
 * A new card's place in the introduction order, from its bank rank: lower comes first. Mixed
 * places the nth item of every set before the (n+1)th of any, sets in bank order within a round.
 * The place depends on the item alone, not on what was introduced before, so the order stays put
 * while a session introduces cards. A card without a rank (not reconciled yet) comes last.
 * @example newCardPlace(12, { order: 'mixed', setStarts: [0, 10, 25] }) // 2nd item of set 2 → 1 * 3 + 1 = 4
 */
export function newCardPlace(bankRank: number | undefined, newOrder?: NewOrder): number {
	if (bankRank === undefined) return Infinity;
	if (!newOrder || newOrder.order === 'bySet' || newOrder.setStarts.length === 0) return bankRank;
	const { setStarts: starts } = newOrder;
	let set = 0;
	while (set + 1 < starts.length && (starts[set + 1] as number) <= bankRank) set++;
	return (bankRank - (starts[set] as number)) * starts.length + set;
}
