import { describe, expect, it } from 'vitest';
import { harbourSet } from './fixtures/harbour';
import { buildSetIndex } from './set-index';

describe('buildSetIndex', () => {
	it('summarises each set in id order with counts for every type', () => {
		const zebra = {
			...harbourSet(),
			id: 'zebra',
			title: 'Zebra',
			items: harbourSet().items.slice(0, 2)
		};
		const index = buildSetIndex([zebra, harbourSet()]);
		expect(index.map((summary) => summary.id)).toEqual(['harbour', 'zebra']);
		expect(index[1]).toEqual({
			id: 'zebra',
			title: 'Zebra',
			description: 'Founding, storm and ferry.',
			itemCount: 2,
			countByType: {
				flashcard: 1,
				mcq: 1,
				multi: 0,
				truefalse: 0,
				cloze: 0,
				typed: 0,
				order: 0,
				match: 0
			},
			countByLevel: { recall: 2, understand: 0, analyse: 0 },
			itemIds: ['harbour-1', 'harbour-2']
		});
		expect(index[0]?.countByType.typed).toBe(2);
	});

	it('leaves retired items out of the ids and the counts', () => {
		const set = harbourSet();
		set.items[0] = { ...set.items[0]!, retired: 'Repeats harbour-10.' };
		set.items[1] = { ...set.items[1]!, level: 'understand', difficulty: 2 };
		const [summary] = buildSetIndex([set]);
		expect(summary?.itemIds).not.toContain('harbour-1');
		expect(summary?.itemCount).toBe(11);
		expect(summary?.countByType.flashcard).toBe(1);
		expect(summary?.countByLevel).toEqual({ recall: 10, understand: 1, analyse: 0 });
	});
});
