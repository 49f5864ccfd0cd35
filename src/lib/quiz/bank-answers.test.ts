/**
 * Every typed and cloze item of the question bank, checked as a teacher would mark it: the key and
 * each listed alternative are right, a full name is right where the key has the surname, and no
 * other item's answer (nor a negated key) is.
 */
import { describe, expect, it } from 'vitest';
import type { ItemOf, QuestionSet } from '$lib/content/schema';
import { foldForComparison } from '$lib/content/normalise';
import { checkAnswer } from './check';

const files = import.meta.glob<QuestionSet>('../../../questions/sets/*.json', {
	eager: true,
	import: 'default'
});
const textItems = Object.values(files)
	.flatMap((set) => set.items)
	.filter(
		(item): item is ItemOf<'typed' | 'cloze'> => item.type === 'typed' || item.type === 'cloze'
	);

/** Full names a teacher accepts for an item whose key has the surname (or the surname first). */
const fullNames: Record<string, string[]> = {
	'el-salvador-9': ['Joe Biden', 'Joseph Biden', 'the Biden administration'],
	'honduras-8': ['José Manuel Zelaya', 'Mel Zelaya'],
	'honduras-19': ['Donald Trump', 'Donald Trump administration'],
	'us-intervention-13': ['Ismael Zambada', 'Ismael "El Mayo" Zambada'],
	'us-intervention-14': ['Joaquín Guzmán', 'Joaquín "El Chapo" Guzmán'],
	'whos-who-18': ['Porfirio Lobo Sosa', 'Porfirio Lobo'],
	'whos-who-19': ['Rubio', 'Marco Rubio'],
	'whos-who-20': ['Castro', 'Xiomara Castro']
};

function accepts(item: ItemOf<'typed' | 'cloze'>, text: string): boolean {
	return checkAnswer(item, { type: item.type, text }).correct;
}

describe('typed and cloze answers across the bank', () => {
	it('has the items this test names', () => {
		const ids = new Set(textItems.map((item) => item.id));
		expect(Object.keys(fullNames).filter((id) => !ids.has(id))).toEqual([]);
		expect(textItems.length).toBeGreaterThan(30);
	});

	for (const item of textItems) {
		describe(item.id, () => {
			it('accepts the key and every listed alternative', () => {
				for (const form of [item.answer, ...(item.accept ?? [])]) {
					expect(accepts(item, form), form).toBe(true);
				}
			});

			it('accepts the full name where the key has the surname', () => {
				for (const name of fullNames[item.id] ?? []) expect(accepts(item, name), name).toBe(true);
			});

			it('rejects the other items’ answers and a negated key', () => {
				const own = new Set([item.answer, ...(item.accept ?? [])].map(foldForComparison));
				const others = textItems
					.filter((other) => other.id !== item.id)
					.flatMap((other) => [other.answer, ...(other.accept ?? [])])
					.filter((text) => !own.has(foldForComparison(text)));
				const wronglyAccepted = others.filter((text) => accepts(item, text));
				expect(wronglyAccepted).toEqual([]);
				expect(accepts(item, `not ${item.answer}`)).toBe(false);
			});
		});
	}
});
