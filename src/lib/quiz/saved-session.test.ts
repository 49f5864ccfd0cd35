import { describe, expect, it } from 'vitest';
import { answer, createQuiz } from './session';
import { restorePractice, savePractice } from './saved-session';
import { makeItem } from './test-items';

const items = [
	{ ...makeItem('truefalse'), id: 'tf-1' },
	{ ...makeItem('mcq'), id: 'mcq-1' },
	{ ...makeItem('typed'), id: 'typed-1' }
];
const now = new Date('2025-06-10T12:00:00Z');

function halfDone() {
	const quiz = createQuiz({ items, count: 3, seed: 7 });
	const first = quiz.questions[0]!.item;
	const response =
		first.type === 'truefalse'
			? { type: 'truefalse' as const, value: first.answer }
			: first.type === 'mcq'
				? { type: 'mcq' as const, choice: first.answer }
				: { type: 'typed' as const, text: 'nothing like it' };
	return answer(quiz, response, now);
}

describe('savePractice and restorePractice', () => {
	it('round-trip a quiz through JSON: same questions, seeds, answers and grades', () => {
		const session = halfDone();
		const stored = JSON.parse(JSON.stringify(savePractice(session, true)));
		const restored = restorePractice(stored, items);
		expect(restored?.retry).toBe(true);
		expect(restored?.session).toEqual(session);
	});

	it('starts afresh when the data is not a saved quiz', () => {
		expect(restorePractice(null, items)).toBeNull();
		expect(restorePractice({ questions: 'x' }, items)).toBeNull();
	});

	it('starts afresh when an item is gone or an answer does not fit its question', () => {
		const saved = savePractice(halfDone(), false);
		expect(restorePractice(saved, items.slice(0, 1).concat(items.slice(2)))).toBeNull();
		const mismatched = { ...saved, answers: [{ ...saved.answers[0]!, itemId: 'other' }] };
		expect(restorePractice(mismatched, items)).toBeNull();
	});
});
