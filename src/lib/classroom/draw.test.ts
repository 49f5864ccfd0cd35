import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '$lib/content/schema';
import { makeItem } from '$lib/quiz/test-items';
import { drawItemIds, eligibleItems, selectionChoices } from './draw';

function set(id: string, items: QuestionSet['items']): QuestionSet {
	return { id, title: id, description: 'A set.', notes: 'Notes.', items };
}

const a = set('a', [
	makeItem('mcq', { tags: ['people'] }),
	makeItem('truefalse', { tags: ['dates'], level: 'recall' }),
	makeItem('typed', { tags: ['people', 'dates'] }),
	makeItem('cloze', { tags: ['gone'], retired: 'Replaced by a-3.' })
]);
const b = set('b', [
	makeItem('order', { tags: ['dates'], level: 'analyse' }),
	makeItem('mcq', { tags: ['places'] })
]);

describe('drawing a classroom quiz', () => {
	it('offers only the tags, types and levels the sets have', () => {
		expect(selectionChoices([a])).toEqual({
			tags: ['dates', 'people'],
			types: ['mcq', 'truefalse', 'typed'],
			levels: ['recall']
		});
	});

	it('draws from the chosen sets, types, tags and levels only', () => {
		const all = {
			setIds: ['a', 'b'],
			tags: [],
			types: ['mcq', 'truefalse', 'typed', 'order'] as const,
			levels: []
		};
		expect(eligibleItems([a, b], { ...all, types: [...all.types] })).toHaveLength(5);
		expect(
			eligibleItems([a, b], { ...all, types: [...all.types], setIds: ['b'] }).map((item) => item.id)
		).toEqual(b.items.map((item) => item.id));
		expect(eligibleItems([a, b], { ...all, types: ['mcq'] })).toHaveLength(2);
		expect(eligibleItems([a, b], { ...all, types: [...all.types], tags: ['dates'] })).toHaveLength(
			3
		);
		expect(
			eligibleItems([a, b], { ...all, types: [...all.types], levels: ['analyse'] }).map(
				(item) => item.type
			)
		).toEqual(['order']);
	});

	it('draws the same items for the same seed, and no more than asked or eligible', () => {
		const selection = {
			setIds: ['a', 'b'],
			tags: [],
			types: ['mcq' as const, 'typed' as const],
			levels: [],
			count: 2
		};
		const first = drawItemIds([a, b], selection, 9);
		expect(first).toHaveLength(2);
		expect(drawItemIds([a, b], selection, 9)).toEqual(first);
		expect(drawItemIds([a, b], { ...selection, count: 50 }, 1)).toHaveLength(3);
		expect(drawItemIds([a, b], { ...selection, types: [] }, 1)).toEqual([]);
	});
});
