import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { makeItem } from '$lib/quiz/test-items';
import { addCodes, readQuizResult, scoreOf, toQuizResult, type CollectedResult } from './collect';
import { choiceText, itemAnalysis } from './item-analysis';
import { encodeResultCode, groupsOfFour, type ItemOutcome, type ResultQuiz } from './result-code';
import { CSV_OPTIONS, resultRows } from './results-csv';

/** Three questions: an mcq (answer Honduras, option 0), a true-or-false (True) and a typed one. */
function startingQuiz(key = 'a1b2c3d4e5f6'): ResultQuiz {
	return {
		key,
		items: [
			makeItem('mcq', { prompt: 'Which country, "first" of all, did it?' }),
			makeItem('truefalse'),
			makeItem('typed')
		]
	};
}

const right = (choice: number | null = null): ItemOutcome => ({
	answered: true,
	correct: true,
	choice
});
const wrong = (choice: number | null = null): ItemOutcome => ({
	answered: true,
	correct: false,
	choice
});
const skipped: ItemOutcome = { answered: false, correct: false, choice: null };

function codeFor(
	quiz: ResultQuiz,
	name: string,
	answers: ItemOutcome[],
	startedAt = new Date('2026-03-02T09:15:00Z'),
	durationSeconds = 312
) {
	return encodeResultCode({ name, startedAt, durationSeconds, answers }, quiz);
}

const now = new Date('2026-03-02T10:00:00Z');

describe('collecting result codes', () => {
	it('adds each pasted line, read with spaces and in any case, and reports bad lines', () => {
		const quiz = startingQuiz();
		const ana = codeFor(quiz, 'Ana', [right(0), wrong(1), right()]);
		const ben = codeFor(quiz, 'Ben Ruiz', [wrong(2), right(0), skipped]);
		const pasted = `${groupsOfFour(ana).toLowerCase()}\n\n  ${ben}  \r\n<script>alert(1)</script>\n${ana.slice(0, -1)}X`;
		const { results, outcomes, changed } = addCodes(pasted, quiz, [], now);
		expect(results.map((r) => [r.name, scoreOf(r), r.durationSeconds])).toEqual([
			['Ana', 2, 312],
			['Ben Ruiz', 1, 312]
		]);
		expect(changed).toHaveLength(2);
		expect(outcomes.map((o) => o.kind)).toEqual(['added', 'added', 'problem', 'problem']);
		expect(outcomes[2]).toMatchObject({ reason: 'characters' });
		expect(outcomes[3]).toMatchObject({ reason: 'check' });
	});

	it('keeps one result per student: the same code again changes nothing, a later attempt replaces', () => {
		const quiz = startingQuiz();
		const first = codeFor(quiz, 'Ana', [wrong(1), wrong(1), wrong()]);
		const { results } = addCodes(first, quiz, [], now);
		const again = addCodes(first, quiz, results, now);
		expect(again.outcomes[0]!.kind).toBe('same');
		expect(again.results).toHaveLength(1);
		expect(again.changed).toEqual([]);

		const later = codeFor(
			quiz,
			'Ana',
			[right(0), right(0), right()],
			new Date('2026-03-02T09:40Z')
		);
		const replaced = addCodes(later, quiz, results, now);
		expect(replaced.outcomes[0]!.kind).toBe('replaced');
		expect(replaced.results.map((r) => [r.name, scoreOf(r)])).toEqual([['Ana', 3]]);

		const earlier = addCodes(first, quiz, replaced.results, now);
		expect(earlier.outcomes[0]!.kind).toBe('older');
		expect(scoreOf(earlier.results[0]!)).toBe(3);
	});

	it('rejects a code made for another quiz', () => {
		const other = startingQuiz('ffffffffffff');
		const code = codeFor(other, 'Ana', [right(0), right(0), right()]);
		const { outcomes, results } = addCodes(code, startingQuiz(), [], now);
		expect(outcomes).toEqual([{ line: code, kind: 'problem', reason: 'other-quiz' }]);
		expect(results).toEqual([]);
	});

	it('stores one record per student and reads it back through its code', () => {
		const quiz = startingQuiz();
		const { results } = addCodes(
			codeFor(quiz, 'Ana', [right(0), wrong(1), skipped]),
			quiz,
			[],
			now
		);
		const record = toQuizResult(results[0]!, quiz.key);
		expect(record.id).toBe(`${quiz.key}:ana`);
		expect(toQuizResult({ ...results[0]!, name: 'ANA' }, quiz.key).id).toBe(record.id);
		expect(readQuizResult(record, quiz)).toEqual(results[0]);
		expect(readQuizResult({ ...record, code: 'ABCD' }, quiz)).toBeNull();
	});
});

describe('item analysis', () => {
	it('gives the share correct and the most chosen wrong answer of each question', () => {
		const quiz = startingQuiz();
		const results = [
			{ answers: [right(0), wrong(1), right()] },
			{ answers: [wrong(2), wrong(1), wrong()] },
			{ answers: [wrong(3), right(0), skipped] },
			{ answers: [wrong(3), skipped, right()] }
		].map((r, i) => ({
			...r,
			name: `S${i}`,
			startedAt: now,
			durationSeconds: 60
		}));
		const stats = itemAnalysis(quiz.items, results);
		expect(stats.map((s) => [s.answered, s.correct, s.shareCorrect, s.commonWrong])).toEqual([
			[4, 1, 0.25, { choice: 3, count: 2 }],
			[3, 1, 0.25, { choice: 1, count: 2 }],
			[3, 2, 0.5, null]
		]);
		const labels = { true: 'True', false: 'False' };
		expect(choiceText(quiz.items[0]!, 3, labels)).toBe('Mexico');
		expect(choiceText(quiz.items[1]!, 1, labels)).toBe('False');
		expect(itemAnalysis(quiz.items, [])[0]!.shareCorrect).toBeNull();
	});
});

describe('results as CSV', () => {
	it('has a header and one row per student, and survives RFC 4180 quoting', () => {
		const quiz = startingQuiz();
		const { results } = addCodes(
			[
				codeFor(quiz, "Ana O'Neil", [right(0), wrong(1), skipped]),
				codeFor(quiz, 'Ben', [wrong(2), right(0), right()], new Date('2026-03-02T09:20Z'), 95)
			].join('\n'),
			quiz,
			[],
			now
		);
		const rows = resultRows(quiz.items, results as CollectedResult[], {
			name: 'Name',
			startedAt: 'Started',
			seconds: 'Seconds',
			score: 'Score',
			total: 'Out of',
			question: (n, prompt) => `Q${n}: ${prompt}`
		});
		expect(rows).toEqual([
			[
				'Name',
				'Started',
				'Seconds',
				'Score',
				'Out of',
				'Q1: Which country, "first" of all, did it?',
				'Q2: A truefalse question?',
				'Q3: A typed question?'
			],
			["Ana O'Neil", '2026-03-02T09:15:00.000Z', '312', '1', '3', '1', '0', ''],
			['Ben', '2026-03-02T09:20:00.000Z', '95', '2', '3', '0', '1', '1']
		]);
		const csv = Papa.unparse(rows, CSV_OPTIONS);
		expect(csv.split('\r\n')[0]).toContain('"Q1: Which country, ""first"" of all, did it?"');
		expect(Papa.parse<string[]>(csv).data).toEqual(rows);
	});
});
