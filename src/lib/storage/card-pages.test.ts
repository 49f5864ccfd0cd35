import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { State, type Card } from 'ts-fsrs';
import type { CardRecord } from '$lib/srs/types';
import {
	CARD_PAGE_CAPACITY,
	decodeCard,
	decodePage,
	encodeCards,
	factsAt,
	factsOf,
	recordOf,
	type CardFacts
} from './card-pages';
import { newCard } from './test-fixtures';

const withoutSource = ({ source: _source, index: _index, ...facts }: CardFacts) => facts;

const date = fc.date({
	min: new Date('1975-01-01T00:00:00Z'),
	max: new Date('2200-01-01T00:00:00Z'),
	noInvalidDate: true
});
const whole = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const real = fc.double({ noNaN: true, noDefaultInfinity: true });

/** Any card the backup schema lets in, with the optional fields sometimes absent. */
const recordArbitrary: fc.Arbitrary<CardRecord> = fc.record(
	{
		itemId: fc.string({ minLength: 1 }),
		setId: fc.constantFrom('timeline', 'whos-who', 'tariff-threat', 'ü-ñ'),
		card: fc.record(
			{
				due: date,
				stability: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
				difficulty: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
				elapsed_days: real,
				scheduled_days: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
				learning_steps: whole,
				reps: whole,
				lapses: whole,
				state: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
				last_review: date
			},
			{
				requiredKeys: [
					'due',
					'stability',
					'difficulty',
					'elapsed_days',
					'scheduled_days',
					'learning_steps',
					'reps',
					'lapses',
					'state'
				]
			}
		) as fc.Arbitrary<Card>,
		suspended: fc.boolean(),
		bankRank: whole
	},
	{ requiredKeys: ['itemId', 'setId', 'card', 'suspended'] }
);

describe('card pages', () => {
	it('give back every card exactly, absent fields still absent, in order', () => {
		fc.assert(
			fc.property(fc.array(recordArbitrary, { maxLength: 60 }), (cards) => {
				// structuredClone: as plain objects, like the ones IndexedDB gives back.
				expect(encodeCards(cards).flatMap(decodePage)).toStrictEqual(structuredClone(cards));
			}),
			{ numRuns: 200 }
		);
	});

	it('read the same facts from a page as from the record', () => {
		fc.assert(
			fc.property(fc.array(recordArbitrary, { minLength: 1, maxLength: 30 }), (cards) => {
				const [page] = encodeCards(cards);
				cards.forEach((record, index) => {
					const facts = factsAt(page!, index);
					expect(withoutSource(facts)).toEqual(withoutSource(factsOf(record)));
					expect(facts).toMatchObject({ source: page, index });
					expect(recordOf(facts)).toEqual(decodeCard(page!, index));
					expect(recordOf(factsOf(record))).toBe(record);
				});
			})
		);
	});

	it('fill pages of CARD_PAGE_CAPACITY numbered from 0, each naming its sets once', () => {
		const cards = Array.from({ length: 2 * CARD_PAGE_CAPACITY + 5 }, (_, index) =>
			newCard(index % 2 ? `timeline-${index}` : `whos-who-${index}`)
		);
		const pages = encodeCards(cards);

		expect(pages.map((page) => [page.id, page.itemIds.length])).toEqual([
			[0, CARD_PAGE_CAPACITY],
			[1, CARD_PAGE_CAPACITY],
			[2, 5]
		]);
		expect(pages.map((page) => page.setIds)).toEqual([
			['whos-who', 'timeline'],
			['whos-who', 'timeline'],
			['whos-who', 'timeline']
		]);
		expect(encodeCards([])).toEqual([]);
	});

	it('keep a card with no rank and no last review without them', () => {
		const record = { ...newCard('timeline-1'), suspended: true };
		const decoded = decodeCard(encodeCards([record])[0]!, 0);
		expect('bankRank' in decoded).toBe(false);
		expect('last_review' in decoded.card).toBe(false);
		expect(factsAt(encodeCards([record])[0]!, 0).bankRank).toBeUndefined();
	});
});
