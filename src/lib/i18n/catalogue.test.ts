import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import es from './messages/es.json';
import { compareCatalogues, messageParams } from './catalogue';

describe('the Spanish catalogue', () => {
	it('has exactly the keys of the English one, with the same parameters in each message', () => {
		expect(compareCatalogues(en, es)).toEqual({ missing: [], extra: [], params: [] });
	});

	it('never leaves a message untranslated as an empty string', () => {
		const empty = Object.entries(es).filter(([, value]) => value === '');
		expect(empty).toEqual([]);
	});
});

describe('messageParams', () => {
	it('reads placeholders from a pattern', () => {
		expect(messageParams('{done} reviewed, {left} to go')).toEqual(['done', 'left']);
		expect(messageParams('Nothing due')).toEqual([]);
	});

	it('reads inputs from plural variants, not their locals', () => {
		const plural = [
			{
				declarations: ['input count', 'local countPlural = count: plural'],
				selectors: ['countPlural'],
				match: { 'countPlural=one': 'one card', 'countPlural=other': '{count} cards' }
			}
		];
		expect(messageParams(plural)).toEqual(['count']);
	});
});

describe('compareCatalogues', () => {
	it('names missing keys, extra keys and parameters that differ', () => {
		const base = { a: 'A {x}', b: 'B', c: 'C' };
		const translation = { a: 'A {y}', b: 'B', d: 'D' };
		expect(compareCatalogues(base, translation)).toEqual({
			missing: ['c'],
			extra: ['d'],
			params: [{ key: 'a', base: ['x'], translation: ['y'] }]
		});
	});
});
