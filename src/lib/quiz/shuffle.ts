/**
 * Seeded shuffling. The same seed must give the same order on every device and in every release
 * (a shared quiz is rebuilt from its seed), so the generator is a fixed, well-known algorithm written
 * here rather than a dependency whose output could change with an upgrade.
 */
import type { ItemOf } from '$lib/content/schema';

/** Returns numbers in [0, 1), like Math.random, but reproducibly. */
export type Random = () => number;

/**
 * mulberry32 (Tommy Ettinger): a 32-bit state generator, fast and well distributed enough for
 * shuffling a handful of options. Only the low 32 bits of `seed` count.
 *
 * @example const random = mulberry32(42); random() === mulberry32(42)()
 */
export function mulberry32(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A new seed for one part of a seeded whole (one question of a quiz), so each part is shuffled
 * differently yet reproducibly. FNV-1a over `key`, started from `seed`, then murmur3's finaliser.
 *
 * @example deriveSeed(7, 'honduras-3') === deriveSeed(7, 'honduras-3')
 */
export function deriveSeed(seed: number, key: string): number {
	let hash = (0x811c9dc5 ^ seed) >>> 0;
	for (let i = 0; i < key.length; i++) {
		hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
	}
	hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
	hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
	return (hash ^ (hash >>> 16)) >>> 0;
}

function fisherYates<T>(items: readonly T[], random: Random): T[] {
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[result[i], result[j]] = [result[j]!, result[i]!];
	}
	return result;
}

/**
 * A new array with `items` in an order fixed by `seed` (Fisher–Yates); `items` is not changed.
 *
 * @example shuffle(['a', 'b', 'c'], 1) // the same permutation every time for seed 1
 */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
	return fisherYates(items, mulberry32(seed));
}

/** Enough redraws that falling back is astronomically rare (2⁻⁶⁴ for two items). */
const maxRedraws = 64;

/**
 * Like `shuffle`, but never returns the original order when there are two or more items, for lists
 * whose original order is the answer. Redraws from the same stream, so every other order stays
 * equally likely; the rotation fallback only guarantees termination.
 *
 * @example shuffleAwayFromOrder(['2009', '2014', '2022'], 5) // never ['2009', '2014', '2022']
 */
export function shuffleAwayFromOrder<T>(items: readonly T[], seed: number): T[] {
	const random = mulberry32(seed);
	const inOriginalOrder = (candidate: readonly T[]) =>
		candidate.every((item, i) => item === items[i]);
	for (let draw = 0; draw < maxRedraws; draw++) {
		const candidate = fisherYates(items, random);
		if (items.length < 2 || !inOriginalOrder(candidate)) return candidate;
	}
	return [...items.slice(1), ...items.slice(0, 1)];
}

/** The options of a choice item in the order to show them. */
export function shuffleOptions(item: ItemOf<'mcq' | 'multi'>, seed: number): string[] {
	return shuffle(item.options, seed);
}

/** The events of an order item as first shown: never already in chronological order. */
export function shuffleEvents(item: ItemOf<'order'>, seed: number): string[] {
	return shuffleAwayFromOrder(
		item.events.map((event) => event.text),
		seed
	);
}

/**
 * The rights of a match item as first shown. Never lined up with their lefts either: that would
 * present the answer as the starting state.
 */
export function shuffleRights(item: ItemOf<'match'>, seed: number): string[] {
	return shuffleAwayFromOrder(
		item.pairs.map((pair) => pair.right),
		seed
	);
}
