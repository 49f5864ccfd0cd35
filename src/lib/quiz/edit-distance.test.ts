import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

/** Plain Levenshtein, the textbook full matrix, as an upper bound to compare against. */
function levenshtein(a: string, b: string): number {
	const s = Array.from(a);
	const t = Array.from(b);
	const rows = s.map((_, i) => [i + 1]);
	const matrix = [Array.from({ length: t.length + 1 }, (_, j) => j), ...rows];
	for (let i = 1; i <= s.length; i++) {
		for (let j = 1; j <= t.length; j++) {
			matrix[i]![j] = Math.min(
				matrix[i - 1]![j]! + 1,
				matrix[i]![j - 1]! + 1,
				matrix[i - 1]![j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1)
			);
		}
	}
	return matrix[s.length]![t.length]!;
}

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['', 'abc', 3],
		['abc', '', 3],
		['zelaya', 'zelaya', 0],
		['kitten', 'sitting', 3],
		['flaw', 'lawn', 2],
		['zelaya', 'zelyaa', 1],
		['ca', 'ac', 1],
		// Optimal string alignment never edits a transposed pair again, so this is 3, not 2.
		['ca', 'abc', 3],
		['guzman', 'guzmán', 1],
		['😀a', 'a😀', 1]
	])('%j → %j is %i', (a, b, expected) => {
		expect(editDistance(a, b)).toBe(expected);
	});

	it('is symmetric, zero only for equal strings, and within the bounds of Levenshtein', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
				const distance = editDistance(a, b);
				expect(editDistance(b, a)).toBe(distance);
				expect(distance === 0).toBe(a === b);
				expect(distance).toBeLessThanOrEqual(levenshtein(a, b));
				expect(distance).toBeGreaterThanOrEqual(
					Math.abs(Array.from(a).length - Array.from(b).length)
				);
			})
		);
	});

	it('counts one adjacent swap as a single edit', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: 2, maxLength: 10, unit: fc.constantFrom('a', 'b', 'c', 'd') }),
				fc.nat(),
				(word, at) => {
					const i = at % (word.length - 1);
					const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
					expect(editDistance(word, swapped)).toBe(word[i] === word[i + 1] ? 0 : 1);
				}
			)
		);
	});
});
