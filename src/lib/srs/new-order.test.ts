import { describe, expect, it } from 'vitest';
import { newCardPlace, setStarts, type NewOrder } from './new-order';

// Three sets of 3, 2 and 4 items: ranks 0–2, 3–4 and 5–8.
const starts = setStarts([
	{ itemIds: ['a-1', 'a-2', 'a-3'] },
	{ itemIds: ['b-1', 'b-2'] },
	{ itemIds: ['c-1', 'c-2', 'c-3', 'c-4'] }
]);

function introduced(order: NewOrder['order'], ranks: readonly number[]): number[] {
	const newOrder = { order, setStarts: starts };
	return [...ranks].sort((a, b) => newCardPlace(a, newOrder) - newCardPlace(b, newOrder));
}

const allRanks = [0, 1, 2, 3, 4, 5, 6, 7, 8];

describe('setStarts', () => {
	it('starts each set after the items of the sets before it', () => {
		expect(starts).toEqual([0, 3, 5]);
	});
});

describe('newCardPlace', () => {
	it('by set keeps bank order: one set after another', () => {
		expect(introduced('bySet', allRanks)).toEqual(allRanks);
	});

	it('mixed takes one card of every set per round, sets in bank order', () => {
		// a-1 b-1 c-1, a-2 b-2 c-2, a-3 c-3, c-4
		expect(introduced('mixed', allRanks)).toEqual([0, 3, 5, 1, 4, 6, 2, 7, 8]);
	});

	it('mixed keeps file order within each set', () => {
		const order = introduced('mixed', allRanks);
		for (const [first, last] of [
			[0, 2],
			[3, 4],
			[5, 8]
		] as const) {
			const inSet = order.filter((rank) => rank >= first && rank <= last);
			expect(inSet).toEqual([...inSet].sort((a, b) => a - b));
		}
	});

	it('does not move a card when the cards before it are introduced', () => {
		// After a-1 and b-1 are introduced, c-1 still comes before a-2.
		expect(introduced('mixed', [1, 2, 4, 5, 6])).toEqual([5, 1, 4, 6, 2]);
	});

	it('puts a card without a rank last, and falls back to bank order without set starts', () => {
		const mixed = { order: 'mixed', setStarts: starts } as const;
		expect(newCardPlace(undefined, mixed)).toBe(Infinity);
		expect(newCardPlace(7, { order: 'mixed', setStarts: [] })).toBe(7);
		expect(newCardPlace(7)).toBe(7);
	});
});
