import { describe, expect, it } from 'vitest';
import { makeItem } from '$lib/quiz/test-items';
import { letter, worksheet } from './worksheet';

const labels = { true: 'True', false: 'False' };

describe('a quiz laid out for paper', () => {
	it('keeps choice options in the bank order and keys them by letter', () => {
		const mcq = makeItem('mcq');
		const multi = makeItem('multi');
		const tf = makeItem('truefalse', { answer: false });
		const sheet = worksheet([mcq, multi, tf], 7, labels);
		expect(sheet.questions).toEqual([
			{ kind: 'choose-one', prompt: mcq.prompt, options: mcq.options },
			{ kind: 'choose-all', prompt: multi.prompt, options: multi.options },
			{ kind: 'choose-one', prompt: tf.prompt, options: ['True', 'False'] }
		]);
		expect(sheet.key).toEqual([
			{ mark: 'A', words: 'Honduras' },
			{ mark: 'A, B, C', words: 'Sinaloa Cartel, MS-13, Tren de Aragua' },
			{ mark: 'B', words: 'False' }
		]);
	});

	it('prints events out of order and keys the number each printed event gets', () => {
		const order = makeItem('order');
		const sheet = worksheet([order], 3, labels);
		const question = sheet.questions[0]!;
		if (question.kind !== 'order') throw new Error('expected an order question');
		expect(question.events).not.toEqual(order.events.map((event) => event.text));
		expect([...question.events].sort()).toEqual(order.events.map((event) => event.text).sort());
		const numbers = sheet.key[0]!.mark.split(', ').map(Number);
		// Putting each printed event at its keyed number gives the chronological order back.
		const placed: string[] = [];
		question.events.forEach((text, index) => (placed[numbers[index]! - 1] = text));
		expect(placed).toEqual(order.events.map((event) => event.text));
		expect(sheet.key[0]!.words).toContain('Zelaya removed from office (2009) →');
	});

	it('numbers match lefts, letters their shuffled rights, and keys each pair', () => {
		const match = makeItem('match');
		const sheet = worksheet([match], 11, labels);
		const question = sheet.questions[0]!;
		if (question.kind !== 'match') throw new Error('expected a match question');
		expect(question.lefts).toEqual(match.pairs.map((pair) => pair.left));
		expect(question.rights).not.toEqual(match.pairs.map((pair) => pair.right));
		const pairs = sheet.key[0]!.mark.split(', ');
		expect(pairs).toHaveLength(3);
		pairs.forEach((pair, index) => {
			const [number, which] = pair.split('–');
			expect(Number(number)).toBe(index + 1);
			expect(question.rights[which!.charCodeAt(0) - 65]).toBe(match.pairs[index]!.right);
		});
	});

	it('gives written questions a line and keys their answer', () => {
		const typed = makeItem('typed');
		const cloze = makeItem('cloze', { prompt: 'International ___ matters.' });
		const sheet = worksheet([typed, cloze], 1, labels);
		expect(sheet.questions.map((question) => question.kind)).toEqual(['write', 'write']);
		expect(sheet.questions[1]!.prompt).toBe('International _____ matters.');
		expect(sheet.key.map((entry) => entry.mark)).toEqual(['López Obrador', 'cooperation']);
	});

	it('letters from A', () => {
		expect([0, 1, 5].map(letter)).toEqual(['A', 'B', 'F']);
	});
});
