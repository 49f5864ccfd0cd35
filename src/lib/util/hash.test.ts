import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, sha256Hex } from './hash';

describe('canonicalJson', () => {
	it('sorts keys at every level and drops undefined fields', () => {
		expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: undefined }], c: 'x' } })).toBe(
			'{"a":{"c":"x","d":[2,{"f":1}]},"b":1}'
		);
		expect(canonicalJson({ at: new Date('2025-01-02T03:04:05.000Z') })).toBe(
			'{"at":"2025-01-02T03:04:05.000Z"}'
		);
	});

	it('is the same for any key order and parses back to the same value', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const text = canonicalJson(value);
				const reordered = JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
					item !== null && typeof item === 'object' && !Array.isArray(item)
						? Object.fromEntries(Object.entries(item).reverse())
						: item
				);
				expect(canonicalJson(reordered)).toBe(text);
				expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
			})
		);
	});
});

describe('sha256Hex', () => {
	it('matches known SHA-256 values', async () => {
		expect(await sha256Hex('')).toBe(
			'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
		);
		expect(await sha256Hex('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	it('hashes the UTF-8 bytes of text beyond ASCII, as encoding it whole would', async () => {
		for (const text of ['señal', '€ 5 — “ok”', '😀 ñ', 'a'.repeat(1000) + 'é']) {
			const bytes = new TextEncoder().encode(text);
			const digest = await crypto.subtle.digest('SHA-256', bytes);
			const expected = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0'));
			expect(await sha256Hex(text)).toBe(expected.join(''));
		}
	});
});
