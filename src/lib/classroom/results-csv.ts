/**
 * The rows of a quiz's results as a spreadsheet: one row per student, one column per question
 * (1 right, 0 wrong, empty unanswered). Quoting is papaparse's, done by the page that exports.
 */
import type { Item } from '$lib/content/schema';
import { scoreOf, type CollectedResult } from './collect';

/**
 * How papaparse writes the rows: CRLF as RFC 4180 says, and a cell that a spreadsheet would run as
 * a formula (=, +, -, @ first) quoted as text.
 */
export const CSV_OPTIONS = { newline: '\r\n', escapeFormulae: true } as const;

export interface CsvHeadings {
	name: string;
	startedAt: string;
	seconds: string;
	score: string;
	total: string;
	/** The heading of question `number` (from 1) with its prompt. */
	question: (number: number, prompt: string) => string;
}

/**
 * @example resultRows(items, results, headings) // → [['Name', 'Started', …, 'Q1: …'], ['Ana', '2026-03-02T09:15:00.000Z', '312', '7', '10', '1', '0', '']]
 */
export function resultRows(
	items: readonly Item[],
	results: readonly CollectedResult[],
	headings: CsvHeadings
): string[][] {
	const header = [
		headings.name,
		headings.startedAt,
		headings.seconds,
		headings.score,
		headings.total,
		...items.map((item, index) => headings.question(index + 1, item.prompt))
	];
	const rows = results.map((result) => [
		result.name,
		result.startedAt.toISOString(),
		String(result.durationSeconds),
		String(scoreOf(result)),
		String(items.length),
		...result.answers.map((answer) => (answer.answered ? (answer.correct ? '1' : '0') : ''))
	]);
	return [header, ...rows];
}
