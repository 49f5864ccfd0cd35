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
			itemIds: ['harbour-1', 'harbour-2']
		});
		expect(index[0]?.countByType.typed).toBe(2);
	});
});
