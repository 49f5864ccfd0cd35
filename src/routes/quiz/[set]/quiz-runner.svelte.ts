import { itemTypes, levels, type Item, type ItemType, type Level } from '$lib/content/schema';
import {
	answer,
	createQuiz,
	currentQuestion,
	isFinished,
	retryMissed,
	summary,
	type QuizAnswer,
	type QuizQuestion,
	type QuizSession
} from '$lib/quiz/session';
import type { Response } from '$lib/quiz/responses';
import { savePractice, type SavedPractice } from '$lib/quiz/saved-session';

export interface QuizPorts {
	clock(): Date;
	/** A fresh seed for each new quiz, so retries and new quizzes are shuffled differently. */
	newSeed(): number;
}

/** What the page should store: nothing running, a quiz in progress, or a quiz just finished. */
export type PracticeToSave =
	| { kind: 'none' }
	| { kind: 'progress'; state: SavedPractice }
	| {
			kind: 'finished';
			correct: number;
			total: number;
			retry: boolean;
			finishedAt: Date;
	  };

/**
 * A practice quiz on one set: setup, one question at a time with immediate feedback, a summary and
 * a retry of the missed questions. Practice does not touch the schedule; the quiz itself is saved
 * as it goes (`dataForSaving`) so a reload resumes it, and a finished one joins the set's history.
 */
export class QuizRunner {
	readonly #items: readonly Item[];
	readonly #ports: QuizPorts;

	#session = $state.raw<QuizSession | null>(null);
	/** The question just answered, kept on screen with its feedback until Next. */
	#answered = $state.raw<{ question: QuizQuestion; answer: QuizAnswer } | null>(null);
	/** Whether the running quiz retries the missed questions of an earlier one. */
	#retry = $state(false);
	/** Flashcards only: the back is shown and the learner says whether they knew it. */
	revealed = $state(false);
	/** Set when the quiz was picked up from storage, for "you left off at…". */
	readonly resumed: boolean;

	constructor(
		items: readonly Item[],
		ports: QuizPorts,
		saved: { session: QuizSession; retry: boolean } | null = null
	) {
		this.#items = items;
		this.#ports = ports;
		this.resumed = saved !== null && !isFinished(saved.session);
		if (this.resumed && saved) {
			this.#session = saved.session;
			this.#retry = saved.retry;
		}
	}

	/** The item types this set has, in the usual order, for the setup form. */
	get availableTypes(): ItemType[] {
		return itemTypes.filter((type) => this.#items.some((item) => item.type === type));
	}

	/** The levels this set has, in the usual order, for the setup form. */
	get availableLevels(): Level[] {
		return levels.filter((level) => this.#items.some((item) => item.level === level));
	}

	get itemCount(): number {
		return this.#items.length;
	}

	readonly stage = $derived.by((): 'setup' | 'question' | 'summary' => {
		if (!this.#session) return 'setup';
		if (this.#answered || !isFinished(this.#session)) return 'question';
		return 'summary';
	});

	readonly question = $derived.by(
		() => this.#answered?.question ?? (this.#session && currentQuestion(this.#session))
	);
	readonly lastAnswer = $derived(this.#answered?.answer ?? null);
	readonly position = $derived.by(() => {
		const session = this.#session;
		if (!session) return { number: 0, total: 0 };
		return {
			number: session.answers.length + (this.#answered ? 0 : 1),
			total: session.questions.length
		};
	});
	readonly summary = $derived.by(() =>
		this.#session && this.stage === 'summary' ? summary(this.#session) : null
	);

	/** What to store now: the page writes it whenever it changes. */
	readonly dataForSaving = $derived.by((): PracticeToSave => {
		const session = this.#session;
		if (!session) return { kind: 'none' };
		if (!isFinished(session)) {
			return { kind: 'progress', state: savePractice(session, this.#retry) };
		}
		const { correct, total } = summary(session);
		const finishedAt = session.answers.at(-1)?.answeredAt ?? this.#ports.clock();
		return { kind: 'finished', correct, total, retry: this.#retry, finishedAt };
	});

	start(count: number, types: readonly ItemType[], chosenLevels: readonly Level[] = levels): void {
		this.#retry = false;
		const seed = this.#ports.newSeed();
		this.#begin(createQuiz({ items: this.#items, count, types, levels: chosenLevels, seed }));
	}

	answer(response: Response): void {
		const session = this.#session;
		const question = session && currentQuestion(session);
		if (!session || !question || this.#answered) return;
		const next = answer(session, response, this.#ports.clock());
		this.#session = next;
		this.#answered = { question, answer: next.answers.at(-1)! };
	}

	reveal(): void {
		this.revealed = true;
	}

	next(): void {
		this.#answered = null;
		this.revealed = false;
	}

	retryMissed(): void {
		if (!this.#session) return;
		this.#retry = true;
		this.#begin(retryMissed(this.#session, this.#ports.newSeed()));
	}

	restart(): void {
		this.#session = null;
		this.next();
	}

	#begin(session: QuizSession): void {
		this.#session = session;
		this.next();
	}
}
