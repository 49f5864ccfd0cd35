/**
 * Items travel in quiz links as positions in the whole bank (sets in id order, items in set order):
 * a number is far shorter than an id, and the content version in the link pins the bank it means.
 */
import type { SetSummary } from '$lib/content/set-index';

/** Every item id of the bank, in position order. */
export function bankOrder(setIndex: readonly SetSummary[]): string[] {
	return setIndex.flatMap((set) => set.itemIds);
}

/**
 * @throws RangeError for an id the bank does not have.
 * @example positionsOf(['honduras-2'], setIndex) // → [57]
 */
export function positionsOf(itemIds: readonly string[], setIndex: readonly SetSummary[]): number[] {
	const order = new Map(bankOrder(setIndex).map((id, position) => [id, position]));
	return itemIds.map((id) => {
		const position = order.get(id);
		if (position === undefined) throw new RangeError(`No item "${id}" in the bank`);
		return position;
	});
}

/** Why a valid link cannot be taken on this device. */
export type BankMismatch = 'content-version' | 'missing-items';

/**
 * The item ids a link's positions name, if this device's bank is the one the link was made from.
 *
 * @example itemIdsAt(link, { contentVersion, setIndex }) // → { ok: true, itemIds: ['honduras-2', …] }
 */
export function itemIdsAt(
	link: { contentVersion: string; positions: readonly number[] },
	bank: { contentVersion: string; setIndex: readonly SetSummary[] }
): { ok: true; itemIds: string[] } | { ok: false; reason: BankMismatch } {
	if (link.contentVersion !== bank.contentVersion) return { ok: false, reason: 'content-version' };
	const order = bankOrder(bank.setIndex);
	if (link.positions.some((position) => position >= order.length)) {
		return { ok: false, reason: 'missing-items' };
	}
	return { ok: true, itemIds: link.positions.map((position) => order[position]!) };
}
