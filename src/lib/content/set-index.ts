/**
 * What a page listing the sets needs, without loading every item: built at build time and shipped
 * in the `virtual:repaso-content` module.
 */
import {
	activeItems,
	itemTypes,
	levels,
	type ItemType,
	type Level,
	type QuestionSet
} from './schema.ts';

export interface SetSummary {
	id: string;
	title: string;
	description: string;
	itemCount: number;
	/** Every type, zero when the set has none of it. */
	countByType: Record<ItemType, number>;
	/** Every level, zero when the set has none of it. */
	countByLevel: Record<Level, number>;
	/**
	 * In the set's order: enough to show progress from stored cards without loading the set.
	 * Retired items are left out, so reconciliation suspends their cards.
	 */
	itemIds: string[];
}

/** The sets in id order: the one order the index and the content version agree on. */
export function sortSetsById(sets: readonly QuestionSet[]): QuestionSet[] {
	return [...sets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Summarises each set's active items, in id order.
 *
 * @example buildSetIndex([honduras])[0] // → { id: 'honduras', itemCount: 23, countByType: { mcq: 4, … }, … }
 */
export function buildSetIndex(sets: readonly QuestionSet[]): SetSummary[] {
	return sortSetsById(sets).map(({ id, title, description, items: written }) => {
		const items = activeItems(written);
		return {
			id,
			title,
			description,
			itemCount: items.length,
			countByType: Object.fromEntries(
				itemTypes.map((type) => [type, items.filter((item) => item.type === type).length])
			) as Record<ItemType, number>,
			countByLevel: Object.fromEntries(
				levels.map((level) => [level, items.filter((item) => item.level === level).length])
			) as Record<Level, number>,
			itemIds: items.map((item) => item.id)
		};
	});
}
