/**
 * The results a teacher collects for one quiz: codes read in (typed, pasted or scanned), one result
 * per student, and the records kept in the `results` store. A stored record keeps its code, and the
 * code is decoded again when read, so {@link decodeResultCode} stays the one boundary for results.
 */
import type { QuizResult } from '$lib/storage/schema';
import {
	decodeResultCode,
	type ClassroomResult,
	type ResultCodeProblem,
	type ResultQuiz
} from './result-code';

/** A student's result as the teacher holds it. */
export interface CollectedResult extends ClassroomResult {
	/** Canonical, without spaces. */
	code: string;
	receivedAt: Date;
}

/** What became of one line of typed or scanned input. */
export type LineOutcome =
	| { line: string; kind: 'added' | 'replaced' | 'same' | 'older'; name: string }
	| { line: string; kind: 'problem'; reason: ResultCodeProblem };

/** Names come back from codes already normalised ("María José"), so case is all that can differ. */
function studentKey(name: string): string {
	return name.toLowerCase();
}

/**
 * Reads every non-blank line of `text` as a result code and merges the good ones into `results`:
 * one result per student, where a second attempt replaces the first only if it started later.
 *
 * @example
 * const { results, outcomes } = addCodes('3KX9 A0QZ …\nnot a code', quiz, [], now);
 * outcomes.map((o) => o.kind); // → ['added', 'problem']
 */
export function addCodes(
	text: string,
	quiz: ResultQuiz,
	results: readonly CollectedResult[],
	receivedAt: Date
): { results: CollectedResult[]; outcomes: LineOutcome[]; changed: CollectedResult[] } {
	const byStudent = new Map(results.map((result) => [studentKey(result.name), result]));
	const changed = new Map<string, CollectedResult>();
	const outcomes: LineOutcome[] = [];
	for (const line of text.split(/\r?\n/).map((part) => part.trim())) {
		if (!line) continue;
		const decoded = decodeResultCode(line, quiz);
		if (!decoded.ok) {
			outcomes.push({ line, kind: 'problem', reason: decoded.reason });
			continue;
		}
		const incoming: CollectedResult = { ...decoded.result, code: decoded.code, receivedAt };
		const key = studentKey(incoming.name);
		const known = byStudent.get(key);
		let kind: 'added' | 'replaced' | 'same' | 'older' = 'added';
		if (known) {
			if (known.code === incoming.code) kind = 'same';
			else if (incoming.startedAt.getTime() < known.startedAt.getTime()) kind = 'older';
			else kind = 'replaced';
		}
		outcomes.push({ line, kind, name: incoming.name });
		if (kind === 'added' || kind === 'replaced') {
			byStudent.set(key, incoming);
			changed.set(key, incoming);
		}
	}
	return { results: [...byStudent.values()], outcomes, changed: [...changed.values()] };
}

/**
 * The record to store: one per student and quiz, so storing a student again replaces it.
 *
 * @example await putResults(db, changed.map((result) => toQuizResult(result, quiz.key)));
 */
export function toQuizResult(result: CollectedResult, quizKey: string): QuizResult {
	return {
		id: `${quizKey}:${studentKey(result.name)}`,
		quizId: quizKey,
		receivedAt: result.receivedAt,
		code: result.code,
		name: result.name
	};
}

/** A stored record read back through its code; null for one that does not decode for `quiz`. */
export function readQuizResult(record: QuizResult, quiz: ResultQuiz): CollectedResult | null {
	const decoded = decodeResultCode(record.code, quiz);
	if (!decoded.ok) return null;
	return { ...decoded.result, code: decoded.code, receivedAt: record.receivedAt };
}

/** Questions answered right. */
export function scoreOf(result: ClassroomResult): number {
	return result.answers.filter((answer) => answer.correct).length;
}
