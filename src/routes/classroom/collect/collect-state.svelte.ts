/** The collect screen's results: codes come in, one result per student, and what to store. */
import {
	addCodes,
	toQuizResult,
	type CollectedResult,
	type LineOutcome
} from '$lib/classroom/collect';
import type { ResultQuiz } from '$lib/classroom/result-code';
import type { QuizResult } from '$lib/storage/schema';

export class CollectState {
	#results = $state.raw<CollectedResult[]>([]);
	#outcomes = $state.raw<LineOutcome[]>([]);
	readonly quiz: ResultQuiz;

	constructor(quiz: ResultQuiz, results: readonly CollectedResult[]) {
		this.quiz = quiz;
		this.#results = [...results];
	}

	/** Sorted by name. */
	get results(): CollectedResult[] {
		return [...this.#results].sort((a, b) => a.name.localeCompare(b.name));
	}

	/** What became of each line of the last input. */
	get outcomes(): LineOutcome[] {
		return this.#outcomes;
	}

	/**
	 * Takes in typed, pasted or scanned text and returns the records to store (none when nothing
	 * new came in).
	 */
	add(text: string, now: Date): QuizResult[] {
		const { results, outcomes, changed } = addCodes(text, this.quiz, this.#results, now);
		this.#results = results;
		this.#outcomes = outcomes;
		return changed.map((result) => toQuizResult(result, this.quiz.key));
	}
}
