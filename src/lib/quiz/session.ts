/**
 * A practice quiz as plain immutable data: every step returns a new session, so a state class can
 * hold it in `$state` and storage can save it as is.
 */
import {
	itemTypes,
	levels as allLevels,
	type Item,
	type ItemType,
	type Level
} from '$lib/content/schema';
import { checkAnswer, type CheckResult } from './check';
import type { Response } from './responses';
import { deriveSeed, shuffle } from './shuffle';

export interface QuizQuestion {
	readonly item: Item;
	/** Seeds this question's shuffles (`shuffleOptions`, `shuffleEvents`, `shuffleRights`). */
	readonly seed: number;
}

export interface QuizAnswer {
	readonly itemId: string;
	readonly response: Response;
	readonly result: CheckResult;
	readonly answeredAt: Date;
}

export interface QuizSession {
	readonly questions: readonly QuizQuestion[];
	/** `answers[i]` answers `questions[i]`; questions are answered in order. */
	readonly answers: readonly QuizAnswer[];
}

export interface QuizOptions {
	/** The pool, e.g. `sets.flatMap((set) => set.items)`; a repeated id is taken once. */
	items: readonly Item[];
	/** How many questions, at most; fewer when the pool is smaller. */
	count: number;
	/** Item types to draw from; all types when omitted, none when empty. */
	types?: readonly ItemType[];
	/** Levels to draw from; all levels when omitted, none when empty. */
	levels?: readonly Level[];
	seed: number;
}

export interface TypeTally {
	total: number;
	correct: number;
}

export interface QuizSummary {
	total: number;
	answered: number;
	correct: number;
	/** Whole-number percentage of all questions answered correctly; 0 for an empty quiz. */
	percent: number;
	/** Only the types present in the quiz. */
	byType: Partial<Record<ItemType, TypeTally>>;
	/** Answered wrongly, in quiz order. */
	missed: Item[];
}

/** A programming error: the screen answered past the last question. */
export class QuizFinishedError extends Error {
	constructor() {
		super('The quiz is finished: there is no question left to answer');
		this.name = 'QuizFinishedError';
	}
}

/**
 * Draws up to `count` distinct items of the chosen types and levels from the pool, in an order and with
 * per-question shuffles fixed by `seed`.
 *
 * @throws RangeError when `count` is not a positive whole number.
 * @example
 * const quiz = createQuiz({ items: set.items, count: 10, types: ['mcq', 'typed'], seed: 42 });
 * currentQuestion(quiz)?.item.prompt
 */
export function createQuiz({
	items,
	count,
	types = itemTypes,
	levels = allLevels,
	seed
}: QuizOptions): QuizSession {
	if (!Number.isInteger(count) || count < 1) {
		throw new RangeError(`A quiz needs a positive whole number of questions, not ${count}`);
	}
	const pool = new Map<string, Item>();
	for (const item of items) {
		const wanted = types.includes(item.type) && levels.includes(item.level);
		if (wanted && !pool.has(item.id)) pool.set(item.id, item);
	}
	const questions = shuffle([...pool.values()], seed)
		.slice(0, count)
		.map((item) => ({ item, seed: deriveSeed(seed, item.id) }));
	return { questions, answers: [] };
}

/** The question waiting for an answer, or undefined when the quiz is finished. */
export function currentQuestion(session: QuizSession): QuizQuestion | undefined {
	return session.questions[session.answers.length];
}

export function isFinished(session: QuizSession): boolean {
	return session.answers.length >= session.questions.length;
}

/**
 * Grades `response` against the current question and returns the session with it recorded; the
 * result is `answers.at(-1).result`.
 *
 * @throws QuizFinishedError when every question is already answered.
 * @throws ResponseMismatchError when the response is for another item type.
 * @example
 * const next = answer(quiz, { type: 'mcq', choice: 'Honduras' }, new Date(now));
 * next.answers.at(-1)?.result.correct
 */
export function answer(session: QuizSession, response: Response, now: Date): QuizSession {
	const question = currentQuestion(session);
	if (!question) throw new QuizFinishedError();
	const recorded: QuizAnswer = {
		itemId: question.item.id,
		response,
		result: checkAnswer(question.item, response),
		answeredAt: now
	};
	return { ...session, answers: [...session.answers, recorded] };
}

/**
 * Totals for the end screen. Unanswered questions count in `total` but are neither correct nor
 * missed, so a quiz left early scores what was actually got right.
 *
 * @example summary(quiz) // → { total: 10, answered: 10, correct: 7, percent: 70, byType, missed }
 */
export function summary(session: QuizSession): QuizSummary {
	const byType: Partial<Record<ItemType, TypeTally>> = {};
	const missed: Item[] = [];
	let correct = 0;
	session.questions.forEach(({ item }, i) => {
		const result = session.answers[i]?.result;
		const tally = (byType[item.type] ??= { total: 0, correct: 0 });
		tally.total += 1;
		if (result?.correct) {
			tally.correct += 1;
			correct += 1;
		} else if (result) {
			missed.push(item);
		}
	});
	const total = session.questions.length;
	return {
		total,
		answered: session.answers.length,
		correct,
		percent: total === 0 ? 0 : Math.round((100 * correct) / total),
		byType,
		missed
	};
}

/**
 * A new quiz of exactly the items answered wrongly, reshuffled by `seed`; empty when none were missed.
 *
 * @example retryMissed(finished, 43).questions.length === summary(finished).missed.length
 */
export function retryMissed(session: QuizSession, seed: number): QuizSession {
	const missed = summary(session).missed;
	if (missed.length === 0) return { questions: [], answers: [] };
	return createQuiz({ items: missed, count: missed.length, seed });
}
