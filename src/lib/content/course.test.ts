import { describe, expect, it } from 'vitest';
import { readingMinutes } from './course';

describe('readingMinutes', () => {
	it('rounds up at 200 words a minute', () => {
		expect(readingMinutes('word '.repeat(200))).toBe(1);
		expect(readingMinutes('word '.repeat(201))).toBe(2);
		expect(readingMinutes('word '.repeat(450))).toBe(3);
	});

	it('counts words across paragraphs and never says zero', () => {
		expect(readingMinutes('one\n\ntwo  three\tfour')).toBe(1);
		expect(readingMinutes('')).toBe(1);
	});
});
