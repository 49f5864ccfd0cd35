import { describe, expect, it } from 'vitest';
import { checkAnswer, ResponseMismatchError } from './check';
import { makeItem } from './test-items';

describe('checkAnswer: flashcard', () => {
	const item = makeItem('flashcard');

	it('takes the learner’s own grade and shows the back', () => {
		expect(checkAnswer(item, { type: 'flashcard', knew: true })).toEqual({
			correct: true,
			expected: 'Mara Salvatrucha'
		});
		expect(checkAnswer(item, { type: 'flashcard', knew: false }).correct).toBe(false);
	});
});

describe('checkAnswer: mcq', () => {
	const item = makeItem('mcq');

	it('is correct only for the answer option', () => {
		expect(checkAnswer(item, { type: 'mcq', choice: 'Honduras' })).toEqual({
			correct: true,
			expected: 'Honduras'
		});
		expect(checkAnswer(item, { type: 'mcq', choice: 'Guatemala' })).toEqual({
			correct: false,
			expected: 'Honduras'
		});
	});

	it('compares the option text exactly, since it was picked from a list', () => {
		expect(checkAnswer(item, { type: 'mcq', choice: 'honduras' }).correct).toBe(false);
	});
});

describe('checkAnswer: truefalse', () => {
	it('compares the judgement and says the answer in words', () => {
		const trueItem = makeItem('truefalse', { answer: true });
		const falseItem = makeItem('truefalse', { answer: false });
		expect(checkAnswer(trueItem, { type: 'truefalse', value: true })).toEqual({
			correct: true,
			expected: 'True'
		});
		expect(checkAnswer(falseItem, { type: 'truefalse', value: true })).toEqual({
			correct: false,
			expected: 'False'
		});
	});
});

describe('checkAnswer: typed', () => {
	const item = makeItem('typed');
	const typed = (text: string) => checkAnswer(item, { type: 'typed', text });

	it('accepts the answer without accents, in any case, with stray punctuation', () => {
		expect(typed('Lopez Obrador')).toEqual({ correct: true, expected: 'López Obrador' });
		expect(typed('LÓPEZ-OBRADOR.')).toEqual({ correct: true, expected: 'López Obrador' });
	});

	it('accepts a listed variant and still shows the canonical answer', () => {
		expect(typed('amlo')).toEqual({ correct: true, expected: 'López Obrador' });
	});

	it('accepts a one-letter typo and shows the spelling', () => {
		expect(typed('Lopez Obradr')).toEqual({
			correct: true,
			expected: 'López Obrador',
			detail: { kind: 'typo', spelling: 'López Obrador' }
		});
	});

	it('rejects a different word and an empty answer', () => {
		expect(typed('Peña Nieto').correct).toBe(false);
		expect(typed('Obrador López').correct).toBe(false);
		expect(typed('   ').correct).toBe(false);
	});

	it('allows one typo from four letters up and none below', () => {
		expect(typed('AMLA').correct).toBe(true);
		const agency = makeItem('typed', { answer: 'DEA', accept: [] });
		expect(checkAnswer(agency, { type: 'typed', text: 'DEO' }).correct).toBe(false);
	});

	it('never accepts a different number, however close', () => {
		const gang = makeItem('typed', { answer: 'MS-13', accept: [] });
		expect(checkAnswer(gang, { type: 'typed', text: 'ms13' }).correct).toBe(true);
		expect(checkAnswer(gang, { type: 'typed', text: 'MS-12' })).toEqual({
			correct: false,
			expected: 'MS-13'
		});
		const years = makeItem('typed', { answer: '45', accept: ['forty-five'] });
		expect(checkAnswer(years, { type: 'typed', text: '46' }).correct).toBe(false);
		expect(checkAnswer(years, { type: 'typed', text: 'forty-four' }).correct).toBe(false);
		expect(checkAnswer(years, { type: 'typed', text: 'Forty five' }).correct).toBe(true);
	});

	it('accepts a number word for digits only when the item lists it', () => {
		const listed = makeItem('typed', { answer: 'six', accept: ['6'] });
		const unlisted = makeItem('typed', { answer: 'six', accept: [] });
		expect(checkAnswer(listed, { type: 'typed', text: '6' }).correct).toBe(true);
		expect(checkAnswer(unlisted, { type: 'typed', text: '6' }).correct).toBe(false);
	});
});

describe('checkAnswer: cloze', () => {
	const item = makeItem('cloze');
	const cloze = (text: string) => checkAnswer(item, { type: 'cloze', text });

	it('grades the blank like a typed answer', () => {
		expect(cloze('Cooperation')).toEqual({ correct: true, expected: 'cooperation' });
		expect(cloze('co operation').correct).toBe(true);
		expect(cloze('cooperatoin').detail).toEqual({ kind: 'typo', spelling: 'cooperation' });
		expect(cloze('corruption').correct).toBe(false);
	});
});

describe('checkAnswer: multi', () => {
	const item = makeItem('multi');
	const multi = (...choices: string[]) => checkAnswer(item, { type: 'multi', choices });

	it('is correct for exactly the right set, in any order', () => {
		expect(multi('Tren de Aragua', 'Sinaloa Cartel', 'MS-13')).toEqual({
			correct: true,
			partial: 1,
			expected: 'Sinaloa Cartel, MS-13, Tren de Aragua',
			detail: { kind: 'choices', missed: [], wrong: [] }
		});
	});

	it('is wrong with one right option missing, and says which', () => {
		expect(multi('Sinaloa Cartel', 'MS-13')).toMatchObject({
			correct: false,
			partial: 2 / 3,
			detail: { kind: 'choices', missed: ['Tren de Aragua'], wrong: [] }
		});
	});

	it('is wrong with an extra option ticked, and says which', () => {
		expect(multi('Sinaloa Cartel', 'MS-13', 'Tren de Aragua', 'Cali Cartel')).toMatchObject({
			correct: false,
			partial: 3 / 4,
			detail: { kind: 'choices', missed: [], wrong: ['Cali Cartel'] }
		});
	});

	it('gives no credit for ticking nothing and little for ticking everything', () => {
		expect(multi().partial).toBe(0);
		expect(multi(...item.options).partial).toBe(3 / 5);
	});

	it('counts a duplicate tick once, and an unknown text against the learner', () => {
		expect(multi('MS-13', 'MS-13', 'Sinaloa Cartel', 'Tren de Aragua').correct).toBe(true);
		expect(multi('MS-13', 'Sinaloa Cartel', 'Tren de Aragua', 'Zetas')).toMatchObject({
			correct: false,
			partial: 3 / 4
		});
	});
});

describe('checkAnswer: order', () => {
	const item = makeItem('order');
	const [zelaya, takesOffice, extradited, sentenced] = item.events.map((event) => event.text) as [
		string,
		string,
		string,
		string
	];
	const order = (...events: string[]) => checkAnswer(item, { type: 'order', events });

	it('is correct only in full chronological order', () => {
		expect(order(zelaya, takesOffice, extradited, sentenced)).toEqual({
			correct: true,
			partial: 1,
			expected: `${zelaya} (2009) → ${takesOffice} (2014) → ${extradited} (2022) → ${sentenced} (2024)`,
			detail: { kind: 'order', misplaced: [] }
		});
	});

	it('costs one event for one event moved to the wrong end', () => {
		expect(order(takesOffice, extradited, sentenced, zelaya)).toMatchObject({
			correct: false,
			partial: 2 / 3,
			detail: { kind: 'order', misplaced: [zelaya] }
		});
	});

	it('scores a swapped pair between one move and the full order', () => {
		const result = order(zelaya, extradited, takesOffice, sentenced);
		expect(result.correct).toBe(false);
		expect(result.partial).toBe(2 / 3);
		expect(result.detail).toMatchObject({ kind: 'order' });
	});

	it('gives nothing for the fully reversed order', () => {
		const result = order(sentenced, extradited, takesOffice, zelaya);
		expect(result).toMatchObject({ correct: false, partial: 0 });
		// Any one event can stay put; the other three must move.
		expect(result.detail?.kind === 'order' && result.detail.misplaced).toHaveLength(3);
	});

	it('is wrong when events are missing, repeated or unknown', () => {
		expect(order(zelaya, takesOffice, extradited)).toMatchObject({
			correct: false,
			partial: 2 / 3,
			detail: { kind: 'order', misplaced: [sentenced] }
		});
		expect(order(zelaya, zelaya, takesOffice, extradited, sentenced).correct).toBe(false);
		expect(order(zelaya, takesOffice, extradited, 'Bukele elected').correct).toBe(false);
	});
});

describe('checkAnswer: match', () => {
	const item = makeItem('match');
	const right = {
		'Marco Rubio': 'Secretary of State',
		'Xiomara Castro': 'President of Honduras',
		'Nayib Bukele': 'President of El Salvador'
	};

	it('is correct when every pair is right', () => {
		expect(checkAnswer(item, { type: 'match', pairs: right })).toEqual({
			correct: true,
			partial: 1,
			expected:
				'Marco Rubio → Secretary of State; Xiomara Castro → President of Honduras; ' +
				'Nayib Bukele → President of El Salvador',
			detail: { kind: 'match', wrong: [] }
		});
	});

	it('names the lefts paired wrongly or left unpaired', () => {
		const swapped = {
			'Marco Rubio': 'Secretary of State',
			'Xiomara Castro': 'President of El Salvador',
			'Nayib Bukele': 'President of Honduras'
		};
		expect(checkAnswer(item, { type: 'match', pairs: swapped })).toMatchObject({
			correct: false,
			partial: 1 / 3,
			detail: { kind: 'match', wrong: ['Xiomara Castro', 'Nayib Bukele'] }
		});
		const unfinished = { 'Marco Rubio': 'Secretary of State' };
		expect(checkAnswer(item, { type: 'match', pairs: unfinished })).toMatchObject({
			correct: false,
			partial: 1 / 3,
			detail: { kind: 'match', wrong: ['Xiomara Castro', 'Nayib Bukele'] }
		});
	});
});

describe('checkAnswer: mismatched response', () => {
	it('throws a named error saying which item and which types', () => {
		const item = makeItem('mcq', { id: 'honduras-3' });
		const check = () => checkAnswer(item, { type: 'typed', text: 'Honduras' });
		expect(check).toThrow(ResponseMismatchError);
		expect(check).toThrow('honduras-3: a typed response cannot answer a mcq item');
	});
});
