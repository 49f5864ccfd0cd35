/**
 * A practice quiz as stored while it runs: only ids, seeds and responses, so a stored quiz stays
 * small and is graded again against the items the app has now. Reading one back is the boundary
 * where stored data becomes a session; anything that does not fit yields null (start afresh).
 */
import * as v from 'valibot';
import type { Item } from '$lib/content/schema';
import { checkAnswer } from './check';
import { Response } from './responses';
import type { QuizSession } from './session';

const SavedPractice = v.strictObject({
	questions: v.array(v.strictObject({ itemId: v.string(), seed: v.number() })),
	answers: v.array(
		v.strictObject({ itemId: v.string(), response: Response, answeredAt: v.string() })
	),
	/** True for a retry of the missed questions, so the set's history can say so. */
	retry: v.boolean()
});

export type SavedPractice = v.InferOutput<typeof SavedPractice>;

/**
 * The plain data to store for a running quiz.
 *
 * @example savePractice(session, false) // → { questions: [{ itemId, seed }], answers: [], retry: false }
 */
export function savePractice(session: QuizSession, retry: boolean): SavedPractice {
	return {
		questions: session.questions.map(({ item, seed }) => ({ itemId: item.id, seed })),
		answers: session.answers.map(({ itemId, response, answeredAt }) => ({
			itemId,
			response,
			answeredAt: answeredAt.toISOString()
		})),
		retry
	};
}

/**
 * The session a stored quiz describes, graded again against `items`; null when the data is not a
 * saved quiz, or names an item the set no longer has, or answers out of order.
 *
 * @example const resumed = restorePractice(stored.state, set.items);
 */
export function restorePractice(
	state: unknown,
	items: readonly Item[]
): { session: QuizSession; retry: boolean } | null {
	const parsed = v.safeParse(SavedPractice, state);
	if (!parsed.success) return null;
	const { questions, answers, retry } = parsed.output;
	const byId = new Map(items.map((item) => [item.id, item]));
	const restored: QuizSession['questions'][number][] = [];
	for (const { itemId, seed } of questions) {
		const item = byId.get(itemId);
		if (!item) return null;
		restored.push({ item, seed });
	}
	if (answers.length > restored.length) return null;
	const graded: QuizSession['answers'][number][] = [];
	for (const [index, { itemId, response, answeredAt }] of answers.entries()) {
		const item = restored[index]!.item;
		if (item.id !== itemId || item.type !== response.type) return null;
		graded.push({
			itemId,
			response,
			result: checkAnswer(item, response),
			answeredAt: new Date(answeredAt)
		});
	}
	return { session: { questions: restored, answers: graded }, retry };
}
