/**
 * A student's attempt at a classroom quiz as plain data: the questions in the order the link fixes,
 * the state saved after each answer (replayed on resume, so grading is never stored twice), and
 * the result the code carries.
 */
import * as v from 'valibot';
import type { Item } from '$lib/content/schema';
import { Response } from '$lib/quiz/responses';
import { answer, type QuizQuestion, type QuizSession } from '$lib/quiz/session';
import { deriveSeed, shuffle } from '$lib/quiz/shuffle';
import type { QuizLink } from './quiz-link';
import { outcomeOf, type ClassroomResult } from './result-code';

const isoDate = v.pipe(v.string(), v.isoTimestamp());

/** What is saved after every answer, in `quizSessions` (and kept with the finished attempt). */
export const TakeState = v.object({
	name: v.string(),
	startedAt: isoDate,
	/** In the order answered, which is the order shown. */
	responses: v.array(v.object({ response: Response, at: isoDate }))
});
export type TakeState = v.InferOutput<typeof TakeState>;

/** A stored state, or null when it is not one (then the attempt starts over). */
export function readTakeState(value: unknown): TakeState | null {
	const parsed = v.safeParse(TakeState, value);
	return parsed.success ? parsed.output : null;
}

/**
 * The questions in the order shown: shuffled by the link's seed when the teacher chose so. Each
 * question's seed fixes its option order, so a reload shows the same screen.
 *
 * @example questionsFor(link, items)[0].item // the first question shown
 */
export function questionsFor(link: QuizLink, items: readonly Item[]): QuizQuestion[] {
	const ordered = link.settings.shuffleQuestions ? shuffle(items, link.seed) : [...items];
	return ordered.map((item) => ({ item, seed: deriveSeed(link.seed, item.id) }));
}

/** The session after the saved answers, graded again from the items. */
export function replay(questions: readonly QuizQuestion[], state: TakeState): QuizSession {
	return state.responses
		.slice(0, questions.length)
		.reduce<QuizSession>((session, { response, at }) => answer(session, response, new Date(at)), {
			questions,
			answers: []
		});
}

/** When the time limit ends the attempt, or null when there is none. */
export function deadlineOf(link: QuizLink, startedAt: Date): Date | null {
	const minutes = link.settings.timeLimitMinutes;
	return minutes === null ? null : new Date(startedAt.getTime() + minutes * 60_000);
}

/**
 * What the result code carries: outcomes in the link's item order, whatever order they were shown
 * in; the time taken stops at the deadline.
 *
 * @example encodeResultCode(resultOf(link, items, session, state, now), { key: link.key, items })
 */
export function resultOf(
	link: QuizLink,
	items: readonly Item[],
	session: QuizSession,
	state: TakeState,
	finishedAt: Date
): ClassroomResult {
	const startedAt = new Date(state.startedAt);
	const deadline = deadlineOf(link, startedAt);
	const end = deadline && deadline < finishedAt ? deadline : finishedAt;
	const byId = new Map(session.answers.map((given) => [given.itemId, given]));
	return {
		name: state.name,
		startedAt,
		durationSeconds: Math.max(0, Math.round((end.getTime() - startedAt.getTime()) / 1000)),
		answers: items.map((item) => outcomeOf(item, byId.get(item.id)))
	};
}

/** A finished attempt as kept in `attempts`, keyed by the quiz key. */
export const FinishedAttempt = v.object({
	id: v.string(),
	startedAt: v.date(),
	title: v.string(),
	/** The link's payload, to open the quiz again from the list of attempts. */
	payload: v.string(),
	finishedAt: isoDate,
	code: v.string(),
	correct: v.number(),
	total: v.number(),
	state: TakeState
});
export type FinishedAttempt = v.InferOutput<typeof FinishedAttempt>;

export function readFinishedAttempt(value: unknown): FinishedAttempt | null {
	const parsed = v.safeParse(FinishedAttempt, value);
	return parsed.success ? parsed.output : null;
}
