import { itemTypes, type Item, type ItemType } from '$lib/content/schema';
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

export interface QuizPorts {
	clock(): Date;
	/** A fresh seed for each new quiz, so retries and new quizzes are shuffled differently. */
	newSeed(): number;
}

/**
 * A practice quiz on one set: setup, one question at a time with immediate feedback, a summary and
 * a retry of the missed questions. Nothing is stored: practice does not touch the schedule.
 */
export class QuizRunner {
	readonly #items: readonly Item[];
	readonly #ports: QuizPorts;

	#session = $state.raw<QuizSession | null>(null);
	/** The question just answered, kept on screen with its feedback until Next. */
	#answered = $state.raw<{ question: QuizQuestion; answer: QuizAnswer } | null>(null);
	/** Flashcards only: the back is shown and the learner says whether they knew it. */
	revealed = $state(false);

	constructor(items: readonly Item[], ports: QuizPorts) {
		this.#items = items;
		this.#ports = ports;
	}

	/** The item types this set has, in the usual order, for the setup form. */
	get availableTypes(): ItemType[] {
		return itemTypes.filter((type) => this.#items.some((item) => item.type === type));
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

	start(count: number, types: readonly ItemType[]): void {
		this.#begin(createQuiz({ items: this.#items, count, types, seed: this.#ports.newSeed() }));
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
		if (this.#session) this.#begin(retryMissed(this.#session, this.#ports.newSeed()));
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
