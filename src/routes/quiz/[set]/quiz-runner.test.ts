import { describe, expect, it } from 'vitest';
import { makeItem } from '$lib/quiz/test-items';
import type { Item } from '$lib/content/schema';
import { restorePractice } from '$lib/quiz/saved-session';
import { QuizRunner } from './quiz-runner.svelte';

function items(): Item[] {
	return [
		{ ...makeItem('truefalse'), id: 'quiz-1' },
		{ ...makeItem('truefalse'), id: 'quiz-2' },
		{ ...makeItem('mcq'), id: 'quiz-3', level: 'analyse' as const }
	];
}

function runner() {
	let seed = 1;
	return new QuizRunner(items(), {
		clock: () => new Date('2025-06-10T12:00:00Z'),
		newSeed: () => seed++
	});
}

/** Answers the shown true/false or mcq question right or wrong. */
function respond(quiz: QuizRunner, right: boolean) {
	const item = quiz.question!.item;
	if (item.type === 'truefalse') quiz.answer({ type: 'truefalse', value: right === item.answer });
	else if (item.type === 'mcq') {
		const wrong = item.options.find((option) => option !== item.answer)!;
		quiz.answer({ type: 'mcq', choice: right ? item.answer : wrong });
	}
}

describe('QuizRunner', () => {
	it('offers the types the set has', () => {
		expect(runner().availableTypes.sort()).toEqual(['mcq', 'truefalse']);
	});

	it('offers the levels the set has, in order, and starts with only the chosen ones', () => {
		const quiz = runner();
		expect(quiz.availableLevels).toEqual(['recall', 'analyse']);
		quiz.start(3, ['truefalse', 'mcq'], ['analyse']);
		expect(quiz.position).toEqual({ number: 1, total: 1 });
		expect(quiz.question?.item.id).toBe('quiz-3');
	});

	it('keeps an answered question on screen until Next, then moves on', () => {
		const quiz = runner();
		quiz.start(3, ['truefalse', 'mcq']);
		expect(quiz.stage).toBe('question');
		expect(quiz.position).toEqual({ number: 1, total: 3 });
		const first = quiz.question;
		respond(quiz, true);
		expect(quiz.question).toBe(first);
		expect(quiz.lastAnswer?.result.correct).toBe(true);
		quiz.next();
		expect(quiz.question).not.toBe(first);
		expect(quiz.position).toEqual({ number: 2, total: 3 });
	});

	it('sums up at the end and retries exactly the missed questions', () => {
		const quiz = runner();
		quiz.start(3, ['truefalse', 'mcq']);
		const missed: string[] = [];
		for (let i = 0; i < 3; i++) {
			const right = i !== 1;
			if (!right) missed.push(quiz.question!.item.id);
			respond(quiz, right);
			quiz.next();
		}
		expect(quiz.stage).toBe('summary');
		expect(quiz.summary).toMatchObject({ total: 3, correct: 2, percent: 67 });

		quiz.retryMissed();
		expect(quiz.stage).toBe('question');
		expect(quiz.position.total).toBe(1);
		expect(quiz.question?.item.id).toBe(missed[0]);
	});

	it('draws only the chosen types and at most the chosen count', () => {
		const quiz = runner();
		quiz.start(5, ['truefalse']);
		expect(quiz.position.total).toBe(2);
		expect(quiz.question?.item.type).toBe('truefalse');
	});
});

describe('QuizRunner saving', () => {
	it('saves the quiz as it goes and resumes it where it was left', () => {
		const quiz = runner();
		expect(quiz.dataForSaving).toEqual({ kind: 'none' });
		quiz.start(3, ['truefalse', 'mcq']);
		respond(quiz, true);
		const saved = quiz.dataForSaving;
		if (saved.kind !== 'progress') throw new Error('expected a quiz in progress');
		expect(saved.state.answers).toHaveLength(1);

		const restored = restorePractice(JSON.parse(JSON.stringify(saved.state)), items());
		const resumed = new QuizRunner(
			items(),
			{ clock: () => new Date(), newSeed: () => 9 },
			restored
		);
		expect(resumed.resumed).toBe(true);
		expect(resumed.stage).toBe('question');
		expect(resumed.position).toEqual({ number: 2, total: 3 });
	});

	it('says when a quiz is finished, with its score, and whether it was a retry', () => {
		const quiz = runner();
		quiz.start(3, ['truefalse', 'mcq']);
		for (let i = 0; i < 3; i++) {
			respond(quiz, i !== 0);
			quiz.next();
		}
		expect(quiz.dataForSaving).toMatchObject({
			kind: 'finished',
			correct: 2,
			total: 3,
			retry: false
		});
		quiz.retryMissed();
		respond(quiz, true);
		expect(quiz.dataForSaving).toMatchObject({
			kind: 'finished',
			correct: 1,
			total: 1,
			retry: true
		});
		quiz.restart();
		expect(quiz.dataForSaving).toEqual({ kind: 'none' });
	});
});
