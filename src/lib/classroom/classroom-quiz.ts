/**
 * A quiz as the teacher saves it in the `quizzes` store: what the link carries (by item id, so it
 * survives a bank update) plus the choices that picked the items, for editing and duplicating.
 * The stored record's `id` is the quiz key, so a result code's quiz is found by the key.
 */
import * as v from 'valibot';
import { itemTypes, Level } from '$lib/content/schema';
import type { SavedQuiz } from '$lib/storage/schema';
import { MAX_QUESTIONS, QuizSettings, QuizTitle, type QuizLink } from './quiz-link';

export const QuizSelection = v.strictObject({
	setIds: v.array(v.string()),
	tags: v.array(v.string()),
	types: v.array(v.picklist(itemTypes)),
	/** Levels to draw from, when the bank's items have one; all when empty. */
	levels: v.array(Level),
	count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_QUESTIONS))
});
export type QuizSelection = v.InferOutput<typeof QuizSelection>;

export const ClassroomQuiz = v.object({
	/** The quiz key (12 hex digits). */
	id: v.pipe(v.string(), v.regex(/^[0-9a-f]{12}$/)),
	title: QuizTitle,
	createdAt: v.date(),
	itemIds: v.pipe(v.array(v.string()), v.minLength(1), v.maxLength(MAX_QUESTIONS)),
	/** The bank the items were drawn from; the link uses the current one. */
	contentVersion: v.string(),
	seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
	settings: QuizSettings,
	selection: QuizSelection
});
export type ClassroomQuiz = v.InferOutput<typeof ClassroomQuiz>;

/**
 * A stored quiz as a {@link ClassroomQuiz}, or null when it is not one (a record from an older or
 * hand-edited backup).
 */
export function readClassroomQuiz(saved: SavedQuiz): ClassroomQuiz | null {
	const parsed = v.safeParse(ClassroomQuiz, saved);
	return parsed.success ? parsed.output : null;
}

/** The record to store. */
export function toSavedQuiz(quiz: ClassroomQuiz): SavedQuiz {
	return { ...quiz, itemIds: [...quiz.itemIds] };
}

/** The link's fields, given the item positions in this device's bank. */
export function linkOf(
	quiz: ClassroomQuiz,
	bank: { contentVersion: string; positions: number[] }
): QuizLink {
	return {
		key: quiz.id,
		contentVersion: bank.contentVersion,
		seed: quiz.seed,
		title: quiz.title,
		positions: bank.positions,
		settings: quiz.settings
	};
}
