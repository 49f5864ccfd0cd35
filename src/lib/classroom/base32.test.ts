import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	BASE32_ALPHABET,
	base32ToBigint,
	base32Values,
	bigintToBase32,
	checkPasses,
	checkValue,
	groupsOfFour
} from './base32';

const withCheck = (values: number[]) => [...values, checkValue(values)];

describe('check character', () => {
	it('passes for every code it was computed for', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 31 }), { maxLength: 40 }), (values) => {
				expect(checkPasses(withCheck(values))).toBe(true);
			})
		);
	});

	it('catches every single substituted character, the check character included', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 39 }),
				(values) => {
					const code = withCheck(values);
					for (let i = 0; i < code.length; i++) {
						for (let wrong = 0; wrong < 32; wrong++) {
							if (wrong === code[i]) continue;
							const typo = code.with(i, wrong);
							expect(checkPasses(typo), `position ${i} → ${wrong}`).toBe(false);
						}
					}
				}
			),
			{ numRuns: 200 }
		);
	});

	it('catches every swap of two different neighbours, the check character included', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 39 }),
				(values) => {
					const code = withCheck(values);
					for (let i = 0; i + 1 < code.length; i++) {
						if (code[i] === code[i + 1]) continue;
						const swapped = code.with(i, code[i + 1]!).with(i + 1, code[i]!);
						expect(checkPasses(swapped), `swap at ${i}`).toBe(false);
					}
				}
			),
			{ numRuns: 500 }
		);
	});

	it('catches every swap of every pair of symbols at every place of a short code', () => {
		for (let a = 0; a < 32; a++) {
			for (let b = 0; b < 32; b++) {
				if (a === b) continue;
				for (const prefix of [[], [7], [31, 4]]) {
					const code = withCheck([...prefix, a, b, 9]);
					const i = prefix.length;
					const swapped = code.with(i, b).with(i + 1, a);
					expect(checkPasses(swapped)).toBe(false);
				}
			}
		}
	});
});

describe('reading a typed code', () => {
	it('ignores case, spaces and hyphens and reads O as 0, I and L as 1', () => {
		expect(base32Values('ab-1o i l')).toEqual([10, 11, 1, 0, 1, 1]);
	});

	it('refuses characters outside the alphabet', () => {
		for (const text of ['U', 'ab<c', 'é', '1+1', '\u0000']) expect(base32Values(text)).toBeNull();
	});

	it('turns numbers into digits and back', () => {
		fc.assert(
			fc.property(fc.bigInt({ min: 0n, max: 1n << 200n }), (value) => {
				expect(base32ToBigint(bigintToBase32(value))).toBe(value);
			})
		);
		expect(bigintToBase32(0n)).toEqual([0]);
		expect(BASE32_ALPHABET).toHaveLength(32);
	});

	it('shows a code in groups of four', () => {
		expect(groupsOfFour('ABCDEFGHJ')).toBe('ABCD EFGH J');
		expect(groupsOfFour('ABCDEFGH')).toBe('ABCD EFGH');
	});
});
