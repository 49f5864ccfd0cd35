import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemTypes, levels, type Item, type ItemType } from '$lib/content/schema';
import { ResponseMismatchError } from './check';
import {
	answer,
	createQuiz,
	currentQuestion,
	isFinished,
	QuizFinishedError,
	retryMissed,
	summary,
	type QuizSession
} from './session';
import { deriveSeed } from './shuffle';
import { correctResponse, makeItem, wrongResponse } from './test-items';

/** Three items of every type: 24 in all. */
function pool(): Item[] {
	return itemTypes.flatMap((type) => [1, 2, 3].map(() => makeItem(type)));
}

const now = new Date('2025-03-01T10:00:00Z');

/** Answers every remaining question, correctly when `rightWhen(item)` says so. */
function answerAll(session: QuizSession, rightWhen: (item: Item) => boolean): QuizSession {
	let current = session;
	for (let question = currentQuestion(current); question; question = currentQuestion(current)) {
		const response = rightWhen(question.item)
			? correctResponse(question.item)
			: wrongResponse(question.item);
		current = answer(current, response, now);
	}
	return current;
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('createQuiz', () => {
	const items = pool();

	it('picks count distinct items of the chosen types', () => {
		const quiz = createQuiz({ items, count: 4, types: ['mcq', 'typed'], seed: 1 });
		expect(quiz.questions).toHaveLength(4);
		expect(new Set(ids(quiz.questions.map((question) => question.item))).size).toBe(4);
		for (const { item } of quiz.questions) expect(['mcq', 'typed']).toContain(item.type);
		expect(quiz.answers).toEqual([]);
	});

	it('takes the whole matching pool when count exceeds it', () => {
		const quiz = createQuiz({ items, count: 50, types: ['order'], seed: 1 });
		expect(ids(quiz.questions.map((question) => question.item)).sort()).toEqual(
			ids(items.filter((item) => item.type === 'order')).sort()
		);
	});

	it('draws from every type when types are omitted, and from none when empty', () => {
		const all = createQuiz({ items, count: items.length, seed: 2 });
		expect(new Set(all.questions.map((question) => question.item.type))).toEqual(
			new Set(itemTypes)
		);
		expect(createQuiz({ items, count: 5, types: [], seed: 2 }).questions).toEqual([]);
	});

	it('draws only the chosen levels, every level when omitted, none when empty', () => {
		const levelled = items.map((item, index) => ({
			...item,
			level: levels[index % levels.length]!
		}));
		const understood = createQuiz({
			items: levelled,
			count: levelled.length,
			levels: ['understand', 'analyse'],
			seed: 3
		});
		expect(ids(understood.questions.map((question) => question.item)).sort()).toEqual(
			ids(levelled.filter((item) => item.level !== 'recall')).sort()
		);
		const all = createQuiz({ items: levelled, count: levelled.length, seed: 3 });
		expect(all.questions).toHaveLength(levelled.length);
		expect(createQuiz({ items: levelled, count: 5, levels: [], seed: 3 }).questions).toEqual([]);
		const both = createQuiz({
			items: levelled,
			count: levelled.length,
			types: ['mcq'],
			levels: ['recall'],
			seed: 3
		});
		for (const { item } of both.questions)
			expect([item.type, item.level]).toEqual(['mcq', 'recall']);
	});

	it('is fixed by its seed, and another seed picks or orders differently', () => {
		const order = (seed: number) =>
			ids(createQuiz({ items, count: 8, seed }).questions.map((question) => question.item));
		expect(order(7)).toEqual(order(7));
		expect(order(8)).not.toEqual(order(7));
	});

	it('gives each question its own seed derived from the quiz seed and the item id', () => {
		const quiz = createQuiz({ items, count: 3, seed: 11 });
		for (const { item, seed } of quiz.questions) expect(seed).toBe(deriveSeed(11, item.id));
	});

	it('takes a repeated id once', () => {
		const item = makeItem('mcq');
		const quiz = createQuiz({ items: [item, item, { ...item }], count: 3, seed: 1 });
		expect(quiz.questions).toHaveLength(1);
	});

	it.each([0, -1, 2.5, Number.NaN])('refuses a count of %s', (count) => {
		expect(() => createQuiz({ items, count, seed: 1 })).toThrow(RangeError);
	});

	it('respects count and types for any seed and choice', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.integer({ min: 1, max: 30 }),
				fc.subarray([...itemTypes]),
				(seed, count, types: ItemType[]) => {
					const quiz = createQuiz({ items, count, types, seed });
					const available = items.filter((item) => types.includes(item.type)).length;
					expect(quiz.questions).toHaveLength(Math.min(count, available));
					for (const { item } of quiz.questions) expect(types).toContain(item.type);
					expect(new Set(ids(quiz.questions.map((question) => question.item))).size).toBe(
						quiz.questions.length
					);
				}
			)
		);
	});
});

describe('answer', () => {
	const quiz = createQuiz({ items: pool(), count: 3, seed: 5 });

	it('records the graded response with the time passed in, without changing the old session', () => {
		const first = quiz.questions[0]!.item;
		const next = answer(quiz, correctResponse(first), now);
		expect(next.answers).toEqual([
			{
				itemId: first.id,
				response: correctResponse(first),
				result: expect.objectContaining({ correct: true }),
				answeredAt: now
			}
		]);
		expect(currentQuestion(next)).toBe(quiz.questions[1]);
		expect(quiz.answers).toEqual([]);
		expect(currentQuestion(quiz)).toBe(quiz.questions[0]);
	});

	it('records a wrong answer as wrong', () => {
		const first = quiz.questions[0]!.item;
		expect(answer(quiz, wrongResponse(first), now).answers[0]!.result.correct).toBe(false);
	});

	it('finishes after the last question and refuses another answer', () => {
		const done = answerAll(quiz, () => true);
		expect(isFinished(quiz)).toBe(false);
		expect(isFinished(done)).toBe(true);
		expect(currentQuestion(done)).toBeUndefined();
		expect(() => answer(done, { type: 'flashcard', knew: true }, now)).toThrow(QuizFinishedError);
	});

	it('refuses a response shaped for another type', () => {
		const mcqOnly = createQuiz({ items: [makeItem('mcq')], count: 1, seed: 1 });
		expect(() => answer(mcqOnly, { type: 'truefalse', value: true }, now)).toThrow(
			ResponseMismatchError
		);
	});
});

describe('summary', () => {
	it('counts totals, percent, per-type tallies and missed items', () => {
		const items = [makeItem('mcq'), makeItem('mcq'), makeItem('typed'), makeItem('order')];
		const missedIds = new Set([items[1]!.id, items[3]!.id]);
		const quiz = createQuiz({ items, count: 4, seed: 3 });
		const done = answerAll(quiz, (item) => !missedIds.has(item.id));
		const result = summary(done);
		expect(result).toMatchObject({ total: 4, answered: 4, correct: 2, percent: 50 });
		expect(result.byType).toEqual({
			mcq: { total: 2, correct: 1 },
			typed: { total: 1, correct: 1 },
			order: { total: 1, correct: 0 }
		});
		expect(new Set(ids(result.missed))).toEqual(missedIds);
	});

	it('rounds the percentage to a whole number', () => {
		const items = [makeItem('truefalse'), makeItem('truefalse'), makeItem('truefalse')];
		const done = answerAll(createQuiz({ items, count: 3, seed: 1 }), (item) => item !== items[0]);
		expect(summary(done)).toMatchObject({ correct: 2, percent: 67 });
	});

	it('counts unanswered questions in the total but not as missed', () => {
		const quiz = createQuiz({ items: pool(), count: 4, seed: 9 });
		const first = quiz.questions[0]!.item;
		const partway = answer(quiz, wrongResponse(first), now);
		expect(summary(partway)).toMatchObject({
			total: 4,
			answered: 1,
			correct: 0,
			percent: 0,
			missed: [first]
		});
	});

	it('reports an empty quiz as zero everywhere', () => {
		expect(summary(createQuiz({ items: [], count: 5, seed: 1 }))).toEqual({
			total: 0,
			answered: 0,
			correct: 0,
			percent: 0,
			byType: {},
			missed: []
		});
	});
});

describe('retryMissed', () => {
	it('contains exactly the missed items, unanswered, in a seeded order', () => {
		const items = pool();
		const quiz = createQuiz({ items, count: 16, seed: 21 });
		const done = answerAll(quiz, (item) => item.type !== 'typed' && item.type !== 'match');
		const missed = summary(done).missed;
		expect(missed.length).toBeGreaterThan(0);

		const retry = retryMissed(done, 22);
		expect(ids(retry.questions.map((question) => question.item)).sort()).toEqual(
			ids(missed).sort()
		);
		expect(retry.answers).toEqual([]);
		expect(retryMissed(done, 22)).toEqual(retry);
	});

	it('holds exactly the missed items for any pattern of right and wrong', () => {
		const items = pool();
		fc.assert(
			fc.property(
				fc.integer(),
				fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
				(seed, rights) => {
					const quiz = createQuiz({ items, count: 24, seed });
					const right = new Map(quiz.questions.map(({ item }, i) => [item.id, rights[i]!]));
					const done = answerAll(quiz, (item) => right.get(item.id)!);
					const retry = retryMissed(done, seed + 1);
					const expected = ids(items.filter((item) => right.get(item.id) === false)).sort();
					expect(ids(retry.questions.map((question) => question.item)).sort()).toEqual(expected);
				}
			),
			{ numRuns: 50 }
		);
	});

	it('is empty when nothing was missed', () => {
		const done = answerAll(createQuiz({ items: pool(), count: 5, seed: 1 }), () => true);
		expect(retryMissed(done, 2)).toEqual({ questions: [], answers: [] });
	});
});
