import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Item } from '$lib/content/schema';
import { checkAnswer } from '$lib/quiz/check';
import { correctResponse, makeItem } from '$lib/quiz/test-items';
import {
	decodeResultCode,
	encodeResultCode,
	groupsOfFour,
	maxNameLength,
	outcomeOf,
	type ClassroomResult,
	type ItemOutcome,
	type ResultQuiz
} from './result-code';
import { nameForCode } from './student-name';

const sixOptions = ['Honduras', 'El Salvador', 'Guatemala', 'Mexico', 'Colombia', 'Venezuela'];

/** The worst case for length: 20 multiple-choice questions of six options. */
function twentyMcqs(key = 'a1b2c3d4e5f6'): ResultQuiz {
	return {
		key,
		items: Array.from({ length: 20 }, () => makeItem('mcq', { options: sixOptions }))
	};
}

const mixedTypes = [
	'mcq',
	'truefalse',
	'multi',
	'typed',
	'order',
	'match',
	'flashcard',
	'cloze'
] as const;

function mixedQuiz(count: number, key = '00ff00ff00ff'): ResultQuiz {
	return { key, items: Array.from({ length: count }, (_, i) => makeItem(mixedTypes[i % 8]!)) };
}

const STARTED = new Date('2026-12-04T09:15:00Z');

/** Any outcome the item can have, with `correct` as the decoder derives it. */
function outcomeArbitrary(item: Item): fc.Arbitrary<ItemOutcome> {
	const unanswered = fc.constant<ItemOutcome>({ answered: false, correct: false, choice: null });
	if (item.type === 'mcq') {
		return fc.oneof(
			unanswered,
			fc.nat(item.options.length - 1).map((choice) => ({
				answered: true,
				correct: item.options[choice] === item.answer,
				choice
			}))
		);
	}
	if (item.type === 'truefalse') {
		return fc.oneof(
			unanswered,
			fc.constantFrom(0, 1).map((choice) => ({
				answered: true,
				correct: (choice === 0) === item.answer,
				choice
			}))
		);
	}
	return fc.oneof(
		unanswered,
		fc.boolean().map((correct) => ({ answered: true, correct, choice: null }))
	);
}

function resultArbitrary(quiz: ResultQuiz): fc.Arbitrary<ClassroomResult> {
	return fc.record({
		name: fc
			.string({
				unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzáéíóúñ -'.0123456789"),
				minLength: 1,
				maxLength: 30
			})
			.map((raw) => nameForCode(raw).slice(0, maxNameLength(quiz)).trim())
			.filter((name) => name !== '' && nameForCode(name) === name),
		startedAt: fc
			.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 })
			.map((minutes) => new Date(minutes * 60_000)),
		durationSeconds: fc.nat(16_383),
		answers: fc.tuple(...quiz.items.map(outcomeArbitrary))
	});
}

const quizArbitrary = fc
	.tuple(fc.integer({ min: 1, max: 30 }), fc.stringMatching(/^[0-9a-f]{12}$/))
	.map(([count, key]) => mixedQuiz(count, key));

describe('result codes', () => {
	it('decode to exactly the result that was encoded', () => {
		fc.assert(
			fc.property(
				quizArbitrary.chain((quiz) => fc.tuple(fc.constant(quiz), resultArbitrary(quiz))),
				([quiz, result]) => {
					const code = encodeResultCode(result, quiz);
					expect(decodeResultCode(code, quiz)).toEqual({ ok: true, result, code });
					expect(decodeResultCode(groupsOfFour(code).toLowerCase(), quiz)).toEqual({
						ok: true,
						result,
						code
					});
				}
			),
			{ numRuns: 300 }
		);
	});

	it('stay within 40 characters for 20 questions of any types, with the longest name allowed', () => {
		for (const quiz of [twentyMcqs(), mixedQuiz(20)]) {
			const limit = maxNameLength(quiz);
			const result: ClassroomResult = {
				name: nameForCode('ñ'.repeat(limit)),
				startedAt: new Date('2040-12-31T23:59:00Z'),
				durationSeconds: 16_383,
				answers: quiz.items.map((item) => ({
					answered: true,
					correct: false,
					choice:
						item.type === 'mcq' ? item.options.length - 1 : item.type === 'truefalse' ? 1 : null
				}))
			};
			const code = encodeResultCode(result, quiz);
			expect(code.length).toBeLessThanOrEqual(40);
			expect(limit).toBeGreaterThanOrEqual(14);
		}
	});

	it('reject a code from another quiz', () => {
		const quiz = mixedQuiz(10, '111111111111');
		const other = { ...quiz, key: '222222222222' };
		const code = encodeResultCode(
			{
				name: 'Ana',
				startedAt: STARTED,
				durationSeconds: 300,
				answers: quiz.items.map(() => ({ answered: false, correct: false, choice: null }))
			},
			quiz
		);
		expect(decodeResultCode(code, other)).toMatchObject({ ok: false, reason: 'other-quiz' });
	});

	it('reject each kind of bad input with its own reason', () => {
		const quiz = mixedQuiz(5);
		const good = encodeResultCode(
			{
				name: 'Ana',
				startedAt: STARTED,
				durationSeconds: 60,
				answers: quiz.items.map(() => ({ answered: false, correct: false, choice: null }))
			},
			quiz
		);
		const swapped = good.slice(0, 3) + good[4] + good[3] + good.slice(5);
		const cases: [string, string][] = [
			['   ', 'empty'],
			['<script>alert(1)</script>', 'characters'],
			['javascript:alert(1)', 'characters'],
			['ABCD', 'length'],
			['9'.repeat(500), 'length'],
			[good.slice(0, -1) + (good.at(-1) === '0' ? '1' : '0'), 'check']
		];
		if (good[3] !== good[4]) cases.push([swapped, 'check']);
		for (const [code, reason] of cases) {
			expect(decodeResultCode(code, quiz), code).toMatchObject({ ok: false, reason });
		}
	});

	it('mutated codes are rejected with a reason or decode exactly, and never throw', () => {
		const quiz = twentyMcqs();
		const results = fc.sample(resultArbitrary(quiz), { numRuns: 20, seed: 7 });
		const mutation = fc.oneof(
			fc.record({
				kind: fc.constant('replace' as const),
				at: fc.nat(60),
				char: fc.string({ minLength: 1, maxLength: 1 })
			}),
			fc.record({
				kind: fc.constant('insert' as const),
				at: fc.nat(60),
				char: fc.constantFrom('0', 'A', ' ', '-', 'O', '\u200b', '<')
			}),
			fc.record({ kind: fc.constant('delete' as const), at: fc.nat(60) }),
			fc.record({ kind: fc.constant('swap' as const), at: fc.nat(60) }),
			fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(60) })
		);
		let rejected = 0;
		let runs = 0;
		fc.assert(
			fc.property(
				fc.nat(results.length - 1),
				fc.array(mutation, { minLength: 1, maxLength: 3 }),
				(which, mutations) => {
					runs++;
					const result = results[which]!;
					let code = encodeResultCode(result, quiz);
					for (const m of mutations) {
						const at = m.at % (code.length + 1);
						if (m.kind === 'replace') code = code.slice(0, at) + m.char + code.slice(at + 1);
						if (m.kind === 'insert') code = code.slice(0, at) + m.char + code.slice(at);
						if (m.kind === 'delete') code = code.slice(0, at) + code.slice(at + 1);
						if (m.kind === 'swap' && at + 1 < code.length)
							code = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
						if (m.kind === 'truncate') code = code.slice(0, at);
					}
					const decoded = decodeResultCode(code, quiz);
					if (decoded.ok) expect(decoded.result).toEqual(result);
					else {
						rejected++;
						expect(decoded.detail.length).toBeGreaterThan(0);
					}
				}
			),
			{ numRuns: 1500, seed: 11 }
		);
		expect(runs).toBe(1500);
		expect(rejected).toBeGreaterThan(1000);
	});

	it('are made from graded answers with the chosen option in bank order', () => {
		const item = makeItem('mcq', { options: sixOptions, answer: 'Mexico' });
		const wrong = { type: 'mcq' as const, choice: 'Colombia' };
		expect(outcomeOf(item, { response: wrong, result: checkAnswer(item, wrong) })).toEqual({
			answered: true,
			correct: false,
			choice: 4
		});
		const right = correctResponse(item);
		expect(outcomeOf(item, { response: right, result: checkAnswer(item, right) })).toEqual({
			answered: true,
			correct: true,
			choice: 3
		});
		expect(outcomeOf(item, undefined)).toEqual({ answered: false, correct: false, choice: null });
	});

	it('refuse to encode a name the code cannot carry', () => {
		const quiz = mixedQuiz(2);
		const answers = quiz.items.map(() => ({ answered: false, correct: false, choice: null }));
		expect(() =>
			encodeResultCode({ name: 'ana', startedAt: STARTED, durationSeconds: 1, answers }, quiz)
		).toThrow(RangeError);
		expect(() =>
			encodeResultCode(
				{ name: 'A'.repeat(40), startedAt: STARTED, durationSeconds: 1, answers },
				quiz
			)
		).toThrow(RangeError);
	});
});
