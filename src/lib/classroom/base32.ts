/**
 * Crockford's base 32 for codes people read aloud and type: digits and capitals without I, L, O
 * and U, case-insensitive, with O read as 0 and I or L as 1. The check character is a weighted sum
 * in the field GF(32) (a Damm-style scheme: x∘y = 2·x + y), which catches every single wrong
 * character and every swap of two different neighbours, the two commonest typing errors.
 */

export const BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUES: ReadonlyMap<string, number> = new Map([
	...[...BASE32_ALPHABET].map((char, value) => [char, value] as const),
	['O', 0],
	['I', 1],
	['L', 1]
]);

/** Multiplication by 2 in GF(32) built on the primitive polynomial x⁵ + x² + 1. */
function times2(value: number): number {
	const shifted = value << 1;
	return shifted & 0x20 ? shifted ^ 0x25 : shifted;
}

function fold(values: readonly number[]): number {
	let interim = 0;
	for (const value of values) interim = times2(interim) ^ value;
	return interim;
}

/**
 * The check character for `values` (each 0–31).
 *
 * @example BASE32_ALPHABET[checkValue([1, 2, 3])] // appended to '123'
 */
export function checkValue(values: readonly number[]): number {
	return times2(fold(values));
}

/** True when the last value is the check character of the ones before it. */
export function checkPasses(values: readonly number[]): boolean {
	return fold(values) === 0;
}

/**
 * The values of a typed code: spaces and hyphens dropped, case ignored, O→0, I and L→1; null when
 * another character is present.
 *
 * @example base32Values('ab-1o') // → [10, 11, 1, 0]
 */
export function base32Values(text: string): number[] | null {
	const values: number[] = [];
	for (const char of text.toUpperCase()) {
		if (char === ' ' || char === '-') continue;
		const value = VALUES.get(char);
		if (value === undefined) return null;
		values.push(value);
	}
	return values;
}

/** Base-32 digits of a non-negative number, most significant first; [0] for zero. */
export function bigintToBase32(value: bigint): number[] {
	const digits: number[] = [];
	let rest = value;
	do {
		digits.unshift(Number(rest & 31n));
		rest >>= 5n;
	} while (rest > 0n);
	return digits;
}

export function base32ToBigint(values: readonly number[]): bigint {
	let result = 0n;
	for (const value of values) result = (result << 5n) | BigInt(value);
	return result;
}

/**
 * A code in groups of four for reading aloud or typing.
 *
 * @example groupsOfFour('ABCDEFGHJ') // → 'ABCD EFGH J'
 */
export function groupsOfFour(code: string): string {
	return code.replace(/(.{4})(?=.)/g, '$1 ');
}
