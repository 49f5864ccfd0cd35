import { describe, expect, it } from 'vitest';
import { matchText, typoAllowance } from './text-match';

describe('typoAllowance', () => {
	it.each([
		['dea', 0],
		['ms 13', 1],
		['zelaya', 1],
		['salvador', 2],
		['mara salvatrucha', 2]
	])('allows %j %i edits', (folded, edits) => {
		expect(typoAllowance(folded)).toBe(edits);
	});
});

describe('matchText', () => {
	it('matches exactly regardless of case, accents and punctuation', () => {
		expect(matchText('lopez obrador', ['López Obrador'])).toEqual({
			kind: 'exact',
			matched: 'López Obrador'
		});
		expect(matchText('  MÉXICO evalua!! ', ['México Evalúa'])).toEqual({
			kind: 'exact',
			matched: 'México Evalúa'
		});
	});

	it('matches an accepted variant and reports which one', () => {
		expect(matchText('Zelaya', ['Manuel Zelaya', 'Zelaya'])).toEqual({
			kind: 'exact',
			matched: 'Zelaya'
		});
	});

	it('prefers an exact variant over a typo of an earlier one', () => {
		expect(matchText('Rubio', ['Rubia', 'Rubio'])).toEqual({ kind: 'exact', matched: 'Rubio' });
	});

	it('accepts a one-letter typo and a swapped pair of letters', () => {
		expect(matchText('Salvatrucah', ['Salvatrucha'])).toEqual({
			kind: 'typo',
			matched: 'Salvatrucha'
		});
		expect(matchText('Zelaia', ['Zelaya'])).toEqual({ kind: 'typo', matched: 'Zelaya' });
	});

	it('reports the closest accepted form when several are within reach', () => {
		expect(matchText('castra', ['Xiomara Castro', 'Castro'])).toEqual({
			kind: 'typo',
			matched: 'Castro'
		});
	});

	it('rejects a different word', () => {
		expect(matchText('Honduras', ['Guatemala'])).toEqual({ kind: 'none' });
		expect(matchText('Biden', ['Trump'])).toEqual({ kind: 'none' });
	});

	it('is not typo-tolerant for answers of three characters or fewer', () => {
		expect(matchText('DEO', ['DEA'])).toEqual({ kind: 'none' });
		expect(matchText('sx', ['six'])).toEqual({ kind: 'none' });
	});

	it('never accepts a different number, even within the typo allowance', () => {
		expect(matchText('MS-12', ['MS-13'])).toEqual({ kind: 'none' });
		expect(matchText('2015', ['2016'])).toEqual({ kind: 'none' });
		expect(matchText('1 billion', ['1 million'])).toEqual({ kind: 'none' });
		expect(matchText('sixth', ['sixty'])).toEqual({ kind: 'none' });
		expect(matchText('twenty-four', ['twenty-five'])).toEqual({ kind: 'none' });
		expect(matchText('MS', ['MS-13'])).toEqual({ kind: 'none' });
	});

	it('never accepts a number as a typo of a word', () => {
		expect(matchText('tone', ['one'])).toEqual({ kind: 'none' });
		expect(matchText('seven', ['Steven'])).toEqual({ kind: 'none' });
	});

	it('tolerates a misspelt number word and varying separators inside numbers', () => {
		expect(matchText('fourty-five', ['forty-five'])).toEqual({
			kind: 'typo',
			matched: 'forty-five'
		});
		expect(matchText('10.000', ['10,000'])).toEqual({ kind: 'exact', matched: '10,000' });
		expect(matchText('911', ['9/11'])).toEqual({ kind: 'typo', matched: '9/11' });
	});

	it('does not equate digits and number words unless the item lists both', () => {
		expect(matchText('twenty-five', ['25'])).toEqual({ kind: 'none' });
		expect(matchText('twenty-five', ['25', 'twenty five'])).toEqual({
			kind: 'exact',
			matched: 'twenty five'
		});
	});

	it('rejects an empty or punctuation-only response', () => {
		expect(matchText('', ['Zelaya'])).toEqual({ kind: 'none' });
		expect(matchText(' ?! ', ['Zelaya'])).toEqual({ kind: 'none' });
	});
});

describe('matchText with names', () => {
	it('accepts given names before a surname the key lists', () => {
		expect(matchText('Joe Biden', ['Biden administration', 'Biden'])).toEqual({
			kind: 'exact',
			matched: 'Biden'
		});
		expect(matchText('Donald Trump administration', ['Trump administration'])).toEqual({
			kind: 'exact',
			matched: 'Trump administration'
		});
		expect(matchText('josé manuel zelaya', ['Manuel Zelaya', 'Zelaya']).kind).toBe('exact');
		expect(matchText('Porfirio Lobo Sosa', ['Lobo Sosa']).kind).toBe('exact');
	});

	it('does not let a word that changes the meaning pass as a given name', () => {
		expect(matchText('not Castro', ['Castro'])).toEqual({ kind: 'none' });
		expect(matchText('anti Venezuelan', ['Venezuelan'])).toEqual({ kind: 'none' });
		expect(matchText('former Rubio', ['Rubio'])).toEqual({ kind: 'none' });
	});

	it('needs the name at the end, whole, after at most three given names', () => {
		expect(matchText('Biden Harris', ['Biden'])).toEqual({ kind: 'none' });
		expect(matchText('Joe Bidenson', ['Biden'])).toEqual({ kind: 'none' });
		expect(matchText('a b c d Biden', ['Biden'])).toEqual({ kind: 'none' });
		expect(matchText('One Two Three Four Biden', ['Biden'])).toEqual({ kind: 'none' });
		expect(matchText('12 Biden', ['Biden'])).toEqual({ kind: 'none' });
	});

	it('adds nothing before a form that is not led by a name', () => {
		expect(matchText('big tariff', ['tariff'])).toEqual({ kind: 'none' });
		expect(matchText('early 2019', ['2019'])).toEqual({ kind: 'none' });
	});
});
