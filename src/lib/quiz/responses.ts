/**
 * What a learner answers, one shape per item type. A valibot schema gives the type and lets code that
 * reads stored or transported responses validate them with the same definition.
 */
import * as v from 'valibot';
import type { ItemType } from '$lib/content/schema';

/** Flashcards are self-graded: after revealing the back the learner says whether they knew it. */
export const FlashcardResponse = v.strictObject({
	type: v.literal('flashcard'),
	knew: v.boolean()
});
/** The text of the chosen option. */
export const McqResponse = v.strictObject({ type: v.literal('mcq'), choice: v.string() });
/** The texts of every ticked option, in any order. */
export const MultiResponse = v.strictObject({
	type: v.literal('multi'),
	choices: v.array(v.string())
});
export const TrueFalseResponse = v.strictObject({
	type: v.literal('truefalse'),
	value: v.boolean()
});
export const ClozeResponse = v.strictObject({ type: v.literal('cloze'), text: v.string() });
export const TypedResponse = v.strictObject({ type: v.literal('typed'), text: v.string() });
/** Event texts in the order the learner put them. */
export const OrderResponse = v.strictObject({
	type: v.literal('order'),
	events: v.array(v.string())
});
/** Each left's chosen right; a left left out is unanswered. */
export const MatchResponse = v.strictObject({
	type: v.literal('match'),
	pairs: v.record(v.string(), v.string())
});

export const Response = v.variant('type', [
	FlashcardResponse,
	McqResponse,
	MultiResponse,
	TrueFalseResponse,
	ClozeResponse,
	TypedResponse,
	OrderResponse,
	MatchResponse
]);

export type Response = v.InferOutput<typeof Response>;
export type ResponseOf<T extends ItemType> = Extract<Response, { type: T }>;
