/** What to tell a person about a rejected quiz link or result code, in their language. */
import { m } from '$lib/paraglide/messages.js';
import type { BankMismatch } from './bank-positions';
import type { QuizLinkProblem } from './quiz-link';
import type { ResultCodeProblem } from './result-code';

const codeMessages: Record<ResultCodeProblem, () => string> = {
	empty: m.code_problem_empty,
	characters: m.code_problem_characters,
	length: m.code_problem_length,
	check: m.code_problem_check,
	version: m.code_problem_version,
	'other-quiz': m.code_problem_other_quiz
};

const linkMessages: Record<QuizLinkProblem | BankMismatch, () => string> = {
	empty: m.link_problem_empty,
	'too-long': m.link_problem_too_long,
	characters: m.link_problem_characters,
	damaged: m.link_problem_damaged,
	version: m.link_problem_version,
	invalid: m.link_problem_invalid,
	'content-version': m.link_problem_update_app,
	'missing-items': m.link_problem_update_app
};

/** @example resultCodeProblemMessage('check') // → 'A character is mistyped or two are swapped…' */
export function resultCodeProblemMessage(reason: ResultCodeProblem): string {
	return codeMessages[reason]();
}

/** @example quizLinkProblemMessage('damaged') // → 'This quiz link is cut short or changed…' */
export function quizLinkProblemMessage(reason: QuizLinkProblem | BankMismatch): string {
	return linkMessages[reason]();
}
