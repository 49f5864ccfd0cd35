import { describe, expect, it } from 'vitest';
import { percent, percentOf } from './format';

describe('percent', () => {
	it('writes a whole percentage the way each language does', () => {
		expect(percent(5 / 6, 'en')).toBe('83%');
		expect(percent(5 / 6, 'es')).toMatch(/^83\s%$/);
		expect(percent(1, 'es')).toMatch(/^100\s%$/);
	});

	it('reads an empty whole as 0', () => {
		expect(percentOf(0, 0, 'en')).toBe('0%');
		expect(percentOf(1, 2, 'en')).toBe('50%');
	});
});
