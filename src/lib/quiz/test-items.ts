/** Fixture factory for the quiz tests: one valid item of each type, drawn from the article's facts. */
import * as v from 'valibot';
import { Item, type ItemOf, type ItemType } from '$lib/content/schema';
import type { Response } from './responses';

type Answers<T extends ItemType> = Omit<
	ItemOf<T>,
	'id' | 'prompt' | 'explanation' | 'source' | 'tags' | 'difficulty' | 'level'
>;

const answers: { [T in ItemType]: Answers<T> } = {
	flashcard: { type: 'flashcard', back: 'Mara Salvatrucha' },
	mcq: {
		type: 'mcq',
		options: ['Honduras', 'El Salvador', 'Guatemala', 'Mexico'],
		answer: 'Honduras'
	},
	multi: {
		type: 'multi',
		options: ['Sinaloa Cartel', 'MS-13', 'Tren de Aragua', 'Medellín Cartel', 'Cali Cartel'],
		answers: ['Sinaloa Cartel', 'MS-13', 'Tren de Aragua']
	},
	truefalse: { type: 'truefalse', answer: true },
	cloze: { type: 'cloze', answer: 'cooperation', accept: ['co-operation'] },
	typed: { type: 'typed', answer: 'López Obrador', accept: ['AMLO'] },
	order: {
		type: 'order',
		events: [
			{ text: 'Zelaya removed from office', year: 2009 },
			{ text: 'Hernández takes office', year: 2014 },
			{ text: 'Hernández extradited', year: 2022 },
			{ text: 'Hernández sentenced', year: 2024 }
		]
	},
	match: {
		type: 'match',
		pairs: [
			{ left: 'Marco Rubio', right: 'Secretary of State' },
			{ left: 'Xiomara Castro', right: 'President of Honduras' },
			{ left: 'Nayib Bukele', right: 'President of El Salvador' }
		]
	}
};

let serial = 0;

/**
 * An item of `type`, parsed by the real schema so a fixture can never be invalid; ids are unique
 * across calls unless overridden.
 * @example makeItem('typed', { accept: [] }).answer === 'López Obrador'
 */
export function makeItem<T extends ItemType>(
	type: T,
	overrides: Partial<ItemOf<T>> = {}
): ItemOf<T> {
	serial += 1;
	return v.parse(Item, {
		id: `fixture-${serial}`,
		prompt: `A ${type} question?`,
		explanation: 'Because the article says so.',
		source: { quote: 'A short quote.', section: 'A heading' },
		tags: ['fixture'],
		level: 'recall',
		difficulty: 1,
		...answers[type],
		...overrides
	}) as ItemOf<T>;
}

/** The response that answers `item` correctly. */
export function correctResponse(item: Item): Response {
	switch (item.type) {
		case 'flashcard':
			return { type: 'flashcard', knew: true };
		case 'mcq':
			return { type: 'mcq', choice: item.answer };
		case 'multi':
			return { type: 'multi', choices: item.answers };
		case 'truefalse':
			return { type: 'truefalse', value: item.answer };
		case 'cloze':
		case 'typed':
			return { type: item.type, text: item.answer };
		case 'order':
			return { type: 'order', events: item.events.map((event) => event.text) };
		case 'match':
			return {
				type: 'match',
				pairs: Object.fromEntries(item.pairs.map((pair) => [pair.left, pair.right]))
			};
	}
}

/** A response that answers `item` wrongly. */
export function wrongResponse(item: Item): Response {
	switch (item.type) {
		case 'flashcard':
			return { type: 'flashcard', knew: false };
		case 'mcq':
			return { type: 'mcq', choice: item.options.find((option) => option !== item.answer)! };
		case 'multi':
			return { type: 'multi', choices: item.answers.slice(1) };
		case 'truefalse':
			return { type: 'truefalse', value: !item.answer };
		case 'cloze':
		case 'typed':
			return { type: item.type, text: 'something else entirely' };
		case 'order':
			return { type: 'order', events: item.events.map((event) => event.text).reverse() };
		case 'match':
			return { type: 'match', pairs: {} };
	}
}
