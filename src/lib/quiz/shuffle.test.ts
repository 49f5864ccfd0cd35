import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	deriveSeed,
	mulberry32,
	shuffle,
	shuffleAwayFromOrder,
	shuffleEvents,
	shuffleOptions,
	shuffleRights
} from './shuffle';
import { makeItem } from './test-items';

const sorted = (values: readonly string[]) => [...values].sort();

describe('mulberry32', () => {
	it('reproduces the reference implementation, so seeds keep their meaning across releases', () => {
		const random = mulberry32(42);
		expect([random(), random(), random()]).toEqual([
			0.6011037519201636, 0.44829055899754167, 0.8524657934904099
		]);
		expect(mulberry32(0)()).toBe(0.26642920868471265);
	});

	it('stays within [0, 1) for any seed', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const random = mulberry32(seed);
				for (let i = 0; i < 20; i++) {
					const value = random();
					expect(value).toBeGreaterThanOrEqual(0);
					expect(value).toBeLessThan(1);
				}
			})
		);
	});
});

describe('deriveSeed', () => {
	it('is deterministic and separates keys and parent seeds', () => {
		expect(deriveSeed(7, 'honduras-3')).toBe(deriveSeed(7, 'honduras-3'));
		expect(deriveSeed(7, 'honduras-3')).not.toBe(deriveSeed(7, 'honduras-4'));
		expect(deriveSeed(7, 'honduras-3')).not.toBe(deriveSeed(8, 'honduras-3'));
	});

	it('returns an unsigned 32-bit integer', () => {
		fc.assert(
			fc.property(fc.integer(), fc.string(), (seed, key) => {
				const derived = deriveSeed(seed, key);
				expect(Number.isInteger(derived)).toBe(true);
				expect(derived).toBeGreaterThanOrEqual(0);
				expect(derived).toBeLessThan(2 ** 32);
			})
		);
	});
});

describe('shuffle', () => {
	const letters = ['a', 'b', 'c', 'd', 'e'];

	it('gives the same order for the same seed and leaves the input alone', () => {
		expect(shuffle(letters, 1)).toEqual(['e', 'c', 'b', 'a', 'd']);
		expect(shuffle(letters, 1)).toEqual(shuffle(letters, 1));
		expect(letters).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('gives different orders for different seeds', () => {
		const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => shuffle(letters, seed).join('')));
		expect(orders.size).toBeGreaterThan(1);
	});

	it('returns a permutation for any seed', () => {
		fc.assert(
			fc.property(fc.array(fc.string()), fc.integer(), (items, seed) => {
				const shuffled = shuffle(items, seed);
				expect(shuffled).not.toBe(items);
				expect(sorted(shuffled)).toEqual(sorted(items));
			})
		);
	});

	it('reaches every order of three items with roughly equal frequency', () => {
		const counts = new Map<string, number>();
		for (let seed = 0; seed < 6000; seed++) {
			const key = shuffle(['a', 'b', 'c'], seed).join('');
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		expect(counts.size).toBe(6);
		for (const count of counts.values()) expect(count).toBeGreaterThan(850);
	});
});

describe('shuffleAwayFromOrder', () => {
	it('never returns the original order of two or more distinct items, for any seed', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.string(), { minLength: 2, maxLength: 6 }),
				fc.integer(),
				(items, seed) => {
					const shuffled = shuffleAwayFromOrder(items, seed);
					expect(shuffled).not.toEqual(items);
					expect(sorted(shuffled)).toEqual(sorted(items));
				}
			)
		);
	});

	it('is deterministic and swaps a pair, the only other order', () => {
		expect(shuffleAwayFromOrder(['x', 'y'], 9)).toEqual(['y', 'x']);
		expect(shuffleAwayFromOrder(['a', 'b', 'c', 'd'], 3)).toEqual(
			shuffleAwayFromOrder(['a', 'b', 'c', 'd'], 3)
		);
	});

	it('returns short lists unchanged, as new arrays', () => {
		const one = ['only'];
		expect(shuffleAwayFromOrder(one, 1)).toEqual(['only']);
		expect(shuffleAwayFromOrder(one, 1)).not.toBe(one);
		expect(shuffleAwayFromOrder([], 1)).toEqual([]);
	});

	it('still terminates when every item is the same', () => {
		expect(shuffleAwayFromOrder(['same', 'same', 'same'], 1)).toEqual(['same', 'same', 'same']);
	});
});

describe('item shuffles', () => {
	it('shows the options of a choice item in a seeded order', () => {
		const item = makeItem('mcq');
		expect(sorted(shuffleOptions(item, 4))).toEqual(sorted(item.options));
		expect(shuffleOptions(item, 4)).toEqual(shuffleOptions(item, 4));
	});

	it('never shows the events of an order item already in order', () => {
		const item = makeItem('order');
		const chronological = item.events.map((event) => event.text);
		for (let seed = 0; seed < 500; seed++) {
			const shown = shuffleEvents(item, seed);
			expect(shown).not.toEqual(chronological);
			expect(sorted(shown)).toEqual(sorted(chronological));
		}
	});

	it('never shows the rights of a match item lined up with their lefts', () => {
		const item = makeItem('match');
		const answerOrder = item.pairs.map((pair) => pair.right);
		for (let seed = 0; seed < 500; seed++) {
			const shown = shuffleRights(item, seed);
			expect(shown).not.toEqual(answerOrder);
			expect(sorted(shown)).toEqual(sorted(answerOrder));
		}
	});
});
