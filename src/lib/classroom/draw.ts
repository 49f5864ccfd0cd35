/** Which bank items a classroom quiz is drawn from, and the draw itself. */
import {
	activeItems,
	itemTypes,
	levels,
	type Item,
	type ItemType,
	type Level,
	type QuestionSet
} from '$lib/content/schema';
import { createQuiz } from '$lib/quiz/session';
import type { QuizSelection } from './classroom-quiz';

/** What the build form offers for the chosen sets: only tags, types and levels they have. */
export interface SelectionChoices {
	tags: string[];
	types: ItemType[];
	levels: Level[];
}

/** @example selectionChoices(sets).types // → ['mcq', 'truefalse', …] in the usual order */
export function selectionChoices(sets: readonly QuestionSet[]): SelectionChoices {
	const items = activeItems(sets.flatMap((set) => set.items));
	return {
		tags: [...new Set(items.flatMap((item) => item.tags))].sort(),
		types: itemTypes.filter((type) => items.some((item) => item.type === type)),
		levels: levels.filter((level) => items.some((item) => item.level === level))
	};
}

/**
 * The items a selection draws from (retired ones never); an empty tag or level list means any.
 *
 * @example eligibleItems(sets, { setIds: ['honduras'], tags: [], types: ['mcq'], levels: [], count: 10 })
 */
export function eligibleItems(
	sets: readonly QuestionSet[],
	selection: Omit<QuizSelection, 'count'>
): Item[] {
	return sets
		.filter((set) => selection.setIds.includes(set.id))
		.flatMap((set) => activeItems(set.items))
		.filter(
			(item) =>
				selection.types.includes(item.type) &&
				(selection.tags.length === 0 || item.tags.some((tag) => selection.tags.includes(tag))) &&
				(selection.levels.length === 0 || selection.levels.includes(item.level))
		);
}

/**
 * The quiz's item ids: `count` eligible items (fewer if there are not so many) in an order fixed by
 * `seed`.
 *
 * @example drawItemIds(sets, selection, 42) // → ['honduras-4', 'timeline-2', …]
 */
export function drawItemIds(
	sets: readonly QuestionSet[],
	selection: QuizSelection,
	seed: number
): string[] {
	const items = eligibleItems(sets, selection);
	if (items.length === 0) return [];
	return createQuiz({ items, count: selection.count, seed }).questions.map(({ item }) => item.id);
}
