import { describe, expect, it } from 'vitest';
import { itemTypes } from '$lib/content/schema';
import { expectedAnswer } from './expected';
import { makeItem } from './test-items';

describe('expectedAnswer', () => {
	it('gives a non-empty answer for every item type', () => {
		for (const type of itemTypes) expect(expectedAnswer(makeItem(type)).length).toBeGreaterThan(0);
	});

	it('names the years of an order item and every pair of a match item', () => {
		expect(expectedAnswer(makeItem('order'))).toContain('(2009) → ');
		const match = makeItem('match');
		for (const pair of match.pairs)
			expect(expectedAnswer(match)).toContain(`${pair.left} → ${pair.right}`);
	});

	it('spells out true and false', () => {
		expect(['True', 'False']).toContain(expectedAnswer(makeItem('truefalse')));
	});
});
