import { describe, expect, it } from 'vitest';
import { countWords, foldForComparison, normaliseQuote } from './normalise';

describe('normaliseQuote', () => {
	it('makes curly quote marks straight and collapses whitespace', () => {
		expect(normaliseQuote(' Trump’s  ‘plan’ and the “Kingpin\n\tStrategy” ')).toBe(
			`Trump's 'plan' and the "Kingpin Strategy"`
		);
	});

	it('keeps case, accents and other punctuation as written', () => {
		expect(normaliseQuote('México Evalúa — U.S.-Mexico…')).toBe('México Evalúa — U.S.-Mexico…');
	});
});

describe('foldForComparison', () => {
	// The same cases as $lib/quiz/fold.test.ts: the two must agree so one can replace the other.
	it.each([
		['López Obrador', 'lopez obrador'],
		['MÉXICO EVALÚA', 'mexico evalua'],
		['Peña Nieto', 'pena nieto'],
		['MS-13', 'ms 13'],
		['9/11', '9 11'],
		['10,000', '10 000'],
		['“The” state…', 'the state'],
		['  Mara\t\nSalvatrucha  ', 'mara salvatrucha'],
		['co-operation', 'co operation'],
		['Trump’s', 'trump s']
	])('folds %j to %j', (input, folded) => {
		expect(foldForComparison(input)).toBe(folded);
	});

	it('folds text made only of punctuation to the empty string', () => {
		expect(foldForComparison(' ?!… ')).toBe('');
	});
});

describe('countWords', () => {
	it('counts tokens holding a letter or digit, not lone dashes or ellipses', () => {
		expect(countWords('Sheinbaum — in office since October …')).toBe(5);
		expect(countWords('“El Chapo” Guzmán, 2016.')).toBe(4);
		expect(countWords('  ')).toBe(0);
	});
});
