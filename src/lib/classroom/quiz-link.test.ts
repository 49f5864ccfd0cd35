import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentVersion, setIndex } from 'virtual:repaso-content';
import { bankOrder, itemIdsAt, positionsOf } from './bank-positions';
import {
	decodeQuizLink,
	encodeQuizLink,
	MAX_TITLE_LENGTH,
	newQuizKey,
	sealLinkBytes,
	type QuizLink
} from './quiz-link';
import { ByteWriter } from './bytes';

const titleChar = fc.constantFrom(
	...'abcdefghijklmnopqrstuvwxyz ÁÉñü<>&"\'/:;#?¿¡-—0123456789'.split(''),
	'😀',
	'中'
);

const linkArbitrary: fc.Arbitrary<QuizLink> = fc.record({
	key: fc.stringMatching(/^[0-9a-f]{12}$/),
	contentVersion: fc.stringMatching(/^[0-9a-f]{12}$/),
	seed: fc.nat({ max: 0xffffffff }),
	title: fc
		.string({ unit: titleChar, minLength: 1, maxLength: MAX_TITLE_LENGTH })
		.map((title) => title.trim())
		.filter((title) => title !== '' && new TextEncoder().encode(title).length <= 100),
	positions: fc.uniqueArray(fc.nat(16383), { minLength: 1, maxLength: 50 }),
	settings: fc.record({
		shuffleQuestions: fc.boolean(),
		shuffleOptions: fc.boolean(),
		feedback: fc.constantFrom('during' as const, 'end' as const),
		showAnswers: fc.boolean(),
		timeLimitMinutes: fc.option(fc.integer({ min: 1, max: 240 }), { nil: null })
	})
});

const classLink: QuizLink = {
	key: 'a1b2c3d4e5f6',
	contentVersion: contentVersion,
	seed: 4_000_000_000,
	title: 'Repaso: Honduras y El Salvador, 3.º B',
	positions: Array.from({ length: 20 }, (_, i) => 160 - i * 7),
	settings: {
		shuffleQuestions: true,
		shuffleOptions: true,
		feedback: 'end',
		showAnswers: true,
		timeLimitMinutes: 15
	}
};

describe('quiz links', () => {
	it('decode to exactly the quiz that was encoded', () => {
		fc.assert(
			fc.property(linkArbitrary, (link) => {
				expect(decodeQuizLink(encodeQuizLink(link))).toEqual({ ok: true, link });
				expect(decodeQuizLink(`https://repaso.example/take#${encodeQuizLink(link)}`)).toEqual({
					ok: true,
					link
				});
			}),
			{ numRuns: 500 }
		);
	});

	it('stay within 300 characters for 20 questions, with a full title and a long origin', () => {
		const longest: QuizLink = {
			...classLink,
			title: 'ñ'.repeat(50),
			positions: Array.from({ length: 20 }, (_, i) => 16_000 + i)
		};
		const url = `https://repaso-classroom.example.org/take#${encodeQuizLink(longest)}`;
		expect(url.length).toBeLessThanOrEqual(300);
		expect(encodeQuizLink(classLink).length).toBeLessThan(150);
	});

	it('reject hostile and broken input with a reason, never throwing', () => {
		const cases: [unknown, string][] = [
			['', 'empty'],
			['/take#', 'empty'],
			['javascript:alert(1)', 'characters'],
			['#<script>alert(document.cookie)</script>', 'characters'],
			['#<img src=x onerror=alert(1)>', 'characters'],
			['#99999999999999999999999999999999', 'damaged'],
			['#' + 'A'.repeat(5000), 'too-long'],
			['#AAAA', 'damaged'],
			['#A', 'characters'],
			[42, 'characters'],
			[null, 'characters'],
			[encodeQuizLink(classLink).slice(0, -3), 'damaged']
		];
		for (const [input, reason] of cases) {
			const decoded = decodeQuizLink(input);
			expect(decoded, String(input)).toMatchObject({ ok: false, reason });
			if (!decoded.ok) expect(decoded.detail).not.toBe('');
		}
	});

	it('reject a sealed link holding values the app never makes', () => {
		const title = new TextEncoder().encode('<b>Quiz</b>');
		const body = new ByteWriter()
			.byte(1)
			.bytes(new Array(12).fill(0xab))
			.uint32(1)
			.byte(0)
			.varint(9999)
			.varint(1)
			.varint(3)
			.varint(title.length)
			.bytes(title)
			.toBytes();
		const decoded = decodeQuizLink(sealLinkBytes(body));
		expect(decoded).toMatchObject({ ok: false, reason: 'invalid' });
		if (!decoded.ok) expect(decoded.detail).toMatch(/timeLimitMinutes/);
		const newer = new ByteWriter().byte(2).bytes(body.slice(1)).toBytes();
		expect(decodeQuizLink(sealLinkBytes(newer))).toMatchObject({ ok: false, reason: 'version' });
	});

	it('keep HTML in a title as text', () => {
		const link = { ...classLink, title: '<script>alert(1)</script>' };
		expect(decodeQuizLink(encodeQuizLink(link))).toEqual({ ok: true, link });
	});

	it('mutated links are rejected with a reason or decode exactly, and never throw', () => {
		const links = fc.sample(linkArbitrary, { numRuns: 20, seed: 3 });
		const mutation = fc.oneof(
			fc.record({
				kind: fc.constant('replace' as const),
				at: fc.nat(400),
				char: fc.oneof(
					fc.string({ minLength: 1, maxLength: 1 }),
					fc.constantFrom('A', '-', '_', 'z', '0')
				)
			}),
			fc.record({
				kind: fc.constant('insert' as const),
				at: fc.nat(400),
				char: fc.constantFrom('A', '<', ' ', '%', '#', '9')
			}),
			fc.record({ kind: fc.constant('delete' as const), at: fc.nat(400) }),
			fc.record({ kind: fc.constant('swap' as const), at: fc.nat(400) }),
			fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(400) })
		);
		let rejected = 0;
		let runs = 0;
		fc.assert(
			fc.property(
				fc.nat(links.length - 1),
				fc.array(mutation, { minLength: 1, maxLength: 3 }),
				(which, mutations) => {
					runs++;
					const link = links[which]!;
					let text = encodeQuizLink(link);
					for (const m of mutations) {
						const at = m.at % (text.length + 1);
						if (m.kind === 'replace') text = text.slice(0, at) + m.char + text.slice(at + 1);
						if (m.kind === 'insert') text = text.slice(0, at) + m.char + text.slice(at);
						if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + 1);
						if (m.kind === 'swap' && at + 1 < text.length)
							text = text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
						if (m.kind === 'truncate') text = text.slice(0, at);
					}
					const decoded = decodeQuizLink(text);
					if (decoded.ok) expect(decoded.link).toEqual(link);
					else {
						rejected++;
						expect(decoded.detail.length).toBeGreaterThan(0);
					}
				}
			),
			{ numRuns: 1500, seed: 5 }
		);
		expect(runs).toBe(1500);
		expect(rejected).toBeGreaterThan(1000);
	});

	it('make keys from random bytes', () => {
		expect(newQuizKey(Uint8Array.of(0, 1, 2, 171, 205, 255, 9))).toBe('000102abcdff');
	});
});

describe('bank positions', () => {
	it('name the same items on a device with the same bank', () => {
		const ids = bankOrder(setIndex).filter((_, i) => i % 9 === 0);
		const positions = positionsOf(ids, setIndex);
		expect(itemIdsAt({ contentVersion, positions }, { contentVersion, setIndex })).toEqual({
			ok: true,
			itemIds: ids
		});
	});

	it('say to update when the bank differs or lacks the items', () => {
		expect(
			itemIdsAt({ contentVersion: '000000000000', positions: [0] }, { contentVersion, setIndex })
		).toEqual({ ok: false, reason: 'content-version' });
		expect(
			itemIdsAt(
				{ contentVersion, positions: [bankOrder(setIndex).length] },
				{ contentVersion, setIndex }
			)
		).toEqual({ ok: false, reason: 'missing-items' });
		expect(() => positionsOf(['no-such-1'], setIndex)).toThrow(RangeError);
	});
});
