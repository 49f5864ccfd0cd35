import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { encodeCards, factsOf, recordOf, type CardFacts } from './card-pages';
import { CardTable, byItemId, replaceCards } from './card-table';
import { minutesAfterT0, newCard, reviewOf } from './test-fixtures';

const withoutSource = ({ source: _source, index: _index, ...facts }: CardFacts) => facts;
const ids = (records: { itemId: string }[]) => records.map((record) => record.itemId);

describe('CardTable', () => {
	const onPages = ['timeline-1', 'timeline-2', 'whos-who-1'].map((id) => newCard(id));
	const reviewed = reviewOf(onPages[1]!, Rating.Good, minutesAfterT0(5)).card;
	const extra = newCard('timeline-9');
	const table = new CardTable(encodeCards(onPages), [extra, reviewed]);

	it('lists every card once, in page order, a changed one as changed and new ones after', () => {
		expect(table.records()).toEqual([onPages[0], reviewed, onPages[2], extra]);
		expect(table.facts().map(withoutSource)).toEqual(
			[onPages[0]!, reviewed, onPages[2]!, extra].map(factsOf).map(withoutSource)
		);
		expect(recordOf(table.facts()[1]!)).toBe(reviewed);
	});

	it('finds a card in the changes first, then in the pages', () => {
		expect(table.get('timeline-2')).toBe(reviewed);
		expect(table.get('whos-who-1')).toEqual(onPages[2]);
		expect(table.get('timeline-9')).toBe(extra);
		expect(table.get('timeline-5')).toBeUndefined();
	});

	it('is empty with no pages and no changes', () => {
		expect(new CardTable([], []).records()).toEqual([]);
	});
});

describe('replaceCards', () => {
	it('puts each replacement in its card’s place and adds the others at the end', () => {
		const cards = ['a-1', 'a-2', 'a-3'].map((id) => newCard(id));
		const moved = { ...newCard('a-2'), setId: 'b' };
		const replaced = replaceCards(cards, [newCard('a-7'), moved]);
		expect(ids(replaced)).toEqual(['a-1', 'a-2', 'a-3', 'a-7']);
		expect(replaced[1]).toBe(moved);
		expect(ids(cards)).toEqual(['a-1', 'a-2', 'a-3']);
	});
});

describe('byItemId', () => {
	it('orders by UTF-16 code units, as IndexedDB orders string keys', () => {
		const cards = ['b', 'a-10', 'a-2', 'B', 'é'].map((id) => newCard(id));
		expect(ids(cards.sort(byItemId))).toEqual(['B', 'a-10', 'a-2', 'b', 'é']);
	});
});
