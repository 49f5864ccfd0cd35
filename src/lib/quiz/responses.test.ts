import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { itemTypes } from '$lib/content/schema';
import { Response } from './responses';

const oneOfEach: Response[] = [
	{ type: 'flashcard', knew: true },
	{ type: 'mcq', choice: 'Honduras' },
	{ type: 'multi', choices: ['Honduras', 'El Salvador'] },
	{ type: 'truefalse', value: false },
	{ type: 'cloze', text: 'fentanyl' },
	{ type: 'typed', text: 'Zelaya' },
	{ type: 'order', events: ['first', 'second', 'third'] },
	{ type: 'match', pairs: { Rubio: 'Secretary of State' } }
];

describe('Response', () => {
	it('has a shape for every item type', () => {
		expect(oneOfEach.map((response) => response.type)).toEqual([...itemTypes]);
	});

	it.each(oneOfEach)('accepts a well-formed $type response', (response) => {
		expect(v.parse(Response, response)).toEqual(response);
	});

	it.each([
		{ type: 'mcq', choice: 3 },
		{ type: 'multi', choices: 'Honduras' },
		{ type: 'truefalse', value: 'true' },
		{ type: 'match', pairs: { Rubio: 1 } },
		{ type: 'essay', text: 'free text' },
		{ type: 'typed', text: 'Zelaya', extra: true }
	])('rejects %j', (response) => {
		expect(v.safeParse(Response, response).success).toBe(false);
	});
});
