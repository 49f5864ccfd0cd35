/* eslint-disable svelte/prefer-svelte-reactivity -- dates here are replaced whole ($state.raw), never mutated */
import {
	deadlineOf,
	questionsFor,
	replay,
	resultOf,
	type FinishedAttempt,
	type TakeState
} from '$lib/classroom/attempt';
import type { QuizLink } from '$lib/classroom/quiz-link';
import { encodeResultCode, maxNameLength } from '$lib/classroom/result-code';
import type { Item } from '$lib/content/schema';
import type { Response } from '$lib/quiz/responses';
import {
	answer,
	currentQuestion,
	isFinished,
	summary,
	type QuizAnswer,
	type QuizQuestion,
	type QuizSession
} from '$lib/quiz/session';

export interface TakePorts {
	clock(): Date;
	/** Saves the attempt in progress; called after the name and after every answer. */
	save(state: TakeState): Promise<void>;
	/** Keeps the finished attempt (and drops the one in progress). */
	finish(attempt: FinishedAttempt): Promise<void>;
}

/**
 * A student's classroom quiz: name, questions with feedback now or at the end, a time limit, and
 * the end screen with the result code. Resumes from the saved state after a reload.
 */
export class TakeRunner {
	readonly link: QuizLink;
	readonly items: readonly Item[];
	readonly #payload: string;
	readonly #ports: TakePorts;
	readonly #questions: QuizQuestion[];

	#state = $state.raw<TakeState | null>(null);
	#session = $state.raw<QuizSession | null>(null);
	#finished = $state.raw<FinishedAttempt | null>(null);
	/** The question just answered, on screen with its feedback until Next (feedback during only). */
	#answered = $state.raw<{ question: QuizQuestion; answer: QuizAnswer } | null>(null);
	revealed = $state(false);
	now = $state.raw(new Date(0));

	constructor(
		data: {
			link: QuizLink;
			items: readonly Item[];
			payload: string;
			state: TakeState | null;
			finished: FinishedAttempt | null;
		},
		ports: TakePorts
	) {
		this.link = data.link;
		this.items = data.items;
		this.#payload = data.payload;
		this.#ports = ports;
		this.#questions = questionsFor(data.link, data.items);
		this.now = ports.clock();
		if (data.finished) {
			this.#finished = data.finished;
			this.#state = data.finished.state;
			this.#session = replay(this.#questions, data.finished.state);
		} else if (data.state) {
			this.#state = data.state;
			this.#session = replay(this.#questions, data.state);
		}
	}

	get maxNameLength(): number {
		return maxNameLength({ key: this.link.key, items: this.items });
	}

	readonly stage = $derived.by((): 'name' | 'question' | 'end' => {
		if (this.#finished) return 'end';
		if (!this.#session) return 'name';
		return 'question';
	});

	readonly question = $derived.by(
		() => this.#answered?.question ?? (this.#session && currentQuestion(this.#session))
	);
	readonly lastAnswer = $derived(this.#answered?.answer ?? null);
	readonly position = $derived.by(() => {
		const session = this.#session;
		if (!session) return { number: 0, total: this.#questions.length };
		return {
			number: session.answers.length + (this.#answered ? 0 : 1),
			total: session.questions.length
		};
	});

	readonly deadline = $derived.by(() =>
		this.#state ? deadlineOf(this.link, new Date(this.#state.startedAt)) : null
	);
	/** Whole seconds left, or null without a time limit. */
	readonly secondsLeft = $derived(
		this.deadline
			? Math.max(0, Math.ceil((this.deadline.getTime() - this.now.getTime()) / 1000))
			: null
	);

	readonly finished = $derived(this.#finished);
	readonly summary = $derived(this.#session && this.#finished ? summary(this.#session) : null);
	/** Each question in the order shown, with the answer given, for the end screen. */
	readonly review = $derived(
		this.#session && this.#finished
			? this.#session.questions.map((question, i) => ({
					item: question.item,
					answer: this.#session!.answers[i] ?? null
				}))
			: []
	);

	async start(name: string): Promise<void> {
		if (this.#session) return;
		const state: TakeState = {
			name,
			startedAt: this.#ports.clock().toISOString(),
			responses: []
		};
		this.#state = state;
		this.#session = { questions: this.#questions, answers: [] };
		await this.#ports.save(state);
	}

	async answer(response: Response): Promise<void> {
		const session = this.#session;
		const state = this.#state;
		const question = session && currentQuestion(session);
		if (!session || !state || !question || this.#answered || this.#finished) return;
		const now = this.#ports.clock();
		const next = answer(session, response, now);
		const saved: TakeState = {
			...state,
			responses: [...state.responses, { response, at: now.toISOString() }]
		};
		this.#session = next;
		this.#state = saved;
		if (this.link.settings.feedback === 'during') {
			this.#answered = { question, answer: next.answers.at(-1)! };
		} else {
			this.revealed = false;
		}
		await this.#ports.save(saved);
		if (isFinished(next) && this.link.settings.feedback === 'end') await this.finish();
	}

	reveal(): void {
		this.revealed = true;
	}

	async next(): Promise<void> {
		this.#answered = null;
		this.revealed = false;
		if (this.#session && isFinished(this.#session)) await this.finish();
	}

	/**
	 * Moves the clock on; ends the attempt when its time is up, or when a reload came between the
	 * last answer and the end screen.
	 */
	async tick(now: Date): Promise<void> {
		this.now = now;
		const session = this.#session;
		if (this.stage !== 'question' || !session) return;
		const timeUp = this.deadline !== null && now >= this.deadline;
		if (timeUp || (isFinished(session) && !this.#answered)) await this.finish();
	}

	/** Ends the attempt (unanswered questions stay unanswered) and makes the result code. */
	async finish(): Promise<void> {
		const session = this.#session;
		const state = this.#state;
		if (!session || !state || this.#finished) return;
		const finishedAt = this.#ports.clock();
		const result = resultOf(this.link, this.items, session, state, finishedAt);
		const tally = summary(session);
		const attempt: FinishedAttempt = {
			id: this.link.key,
			startedAt: new Date(state.startedAt),
			title: this.link.title,
			payload: this.#payload,
			finishedAt: finishedAt.toISOString(),
			code: encodeResultCode(result, { key: this.link.key, items: this.items }),
			correct: tally.correct,
			total: tally.total,
			state
		};
		this.#answered = null;
		this.#finished = attempt;
		await this.#ports.finish(attempt);
	}
}
