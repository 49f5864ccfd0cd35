import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameForCode, nameFromSymbols, nameSymbols } from './student-name';

describe('nameForCode', () => {
	it('keeps Spanish letters and capitalises each word', () => {
		expect(nameForCode('  maría   josé ')).toBe('María José');
		expect(nameForCode('ÑANDÚ o’brien-smith')).toBe("Ñandú O'Brien-Smith");
	});

	it('drops other accents and leaves out symbols it cannot carry', () => {
		expect(nameForCode('François <b>')).toBe('Francois B');
		expect(nameForCode('<script>')).toBe('Script');
		expect(nameForCode('😀')).toBe('');
	});

	it('is stable: a name it gave comes back unchanged, also through its symbols', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 30 }), (raw) => {
				const name = nameForCode(raw);
				expect(nameForCode(name)).toBe(name);
				expect(nameFromSymbols(nameSymbols(name))).toBe(name);
			})
		);
	});
});
