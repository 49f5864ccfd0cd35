import { describe, expect, it } from 'vitest';
import { foldForComparison } from './fold';

describe('foldForComparison', () => {
	it.each([
		['López Obrador', 'lopez obrador'],
		['MÉXICO EVALÚA', 'mexico evalua'],
		['Peña Nieto', 'pena nieto'],
		['MS-13', 'ms 13'],
		['9/11', '9 11'],
		['10,000', '10 000'],
		['“The” state…', 'the state'],
		['  Mara\t\nSalvatrucha  ', 'mara salvatrucha'],
		['co-operation', 'co operation']
	])('folds %j to %j', (input, folded) => {
		expect(foldForComparison(input)).toBe(folded);
	});

	it('folds text made only of punctuation to the empty string', () => {
		expect(foldForComparison(' ?!… ')).toBe('');
	});

	it('is idempotent', () => {
		const once = foldForComparison('¿Quién es «El Chapo» Guzmán?');
		expect(once).toBe('quien es el chapo guzman');
		expect(foldForComparison(once)).toBe(once);
	});
});
