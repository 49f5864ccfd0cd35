import type { ClassroomQuiz, QuizSelection } from '$lib/classroom/classroom-quiz';
import { drawItemIds, eligibleItems, selectionChoices } from '$lib/classroom/draw';
import {
	MAX_QUESTIONS,
	MAX_TIME_LIMIT_MINUTES,
	MAX_TITLE_LENGTH,
	QuizTitle,
	type QuizSettings
} from '$lib/classroom/quiz-link';
import type { ItemType, Level, QuestionSet } from '$lib/content/schema';
import * as v from 'valibot';

export interface BuildPorts {
	now(): Date;
	newKey(): string;
	newSeed(): number;
	contentVersion: string;
}

export type BuildProblem = 'title' | 'none' | 'time';

/**
 * The teacher's build form: the choices, how many questions they match, and the quiz to save.
 * Starts from a saved quiz's choices when duplicating.
 */
export class BuildForm {
	readonly #sets: readonly QuestionSet[];

	title = $state('');
	setIds = $state<string[]>([]);
	tags = $state<string[]>([]);
	types = $state<ItemType[]>([]);
	levels = $state<Level[]>([]);
	count = $state(10);
	timeLimited = $state(false);
	timeLimitMinutes = $state(15);
	shuffleQuestions = $state(true);
	shuffleOptions = $state(true);
	feedback = $state<QuizSettings['feedback']>('end');
	showAnswers = $state(true);

	constructor(sets: readonly QuestionSet[], from: ClassroomQuiz | null, copyTitle: (title: string) => string) {
		this.#sets = sets;
		const all = selectionChoices(sets);
		this.setIds = sets.map((set) => set.id);
		this.types = all.types;
		if (!from) return;
		this.title = copyTitle(from.title).slice(0, MAX_TITLE_LENGTH);
		this.setIds = from.selection.setIds;
		this.tags = from.selection.tags;
		this.types = from.selection.types;
		this.levels = from.selection.levels;
		this.count = from.selection.count;
		this.timeLimited = from.settings.timeLimitMinutes !== null;
		this.timeLimitMinutes = from.settings.timeLimitMinutes ?? 15;
		this.shuffleQuestions = from.settings.shuffleQuestions;
		this.shuffleOptions = from.settings.shuffleOptions;
		this.feedback = from.settings.feedback;
		this.showAnswers = from.settings.showAnswers;
	}

	get sets(): readonly QuestionSet[] {
		return this.#sets;
	}

	/** Tags, types and levels of the chosen sets; the bank's levels only when it has them. */
	readonly choices = $derived.by(() =>
		selectionChoices(this.#sets.filter((set) => this.setIds.includes(set.id)))
	);

	readonly selection = $derived<QuizSelection>({
		setIds: this.setIds,
		tags: this.tags.filter((tag) => this.choices.tags.includes(tag)),
		types: this.types,
		levels: this.levels.filter((level) => this.choices.levels.includes(level)),
		count: Math.min(Math.max(Math.round(this.count) || 1, 1), MAX_QUESTIONS)
	});

	readonly available = $derived.by(() => eligibleItems(this.#sets, this.selection).length);

	readonly problems = $derived.by((): BuildProblem[] => {
		const problems: BuildProblem[] = [];
		if (!v.is(QuizTitle, this.title.trim())) problems.push('title');
		if (this.available === 0) problems.push('none');
		const minutes = this.timeLimitMinutes;
		if (this.timeLimited && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_TIME_LIMIT_MINUTES)) {
			problems.push('time');
		}
		return problems;
	});

	/** The quiz to save, or null while the form has problems. */
	toQuiz(ports: BuildPorts): ClassroomQuiz | null {
		if (this.problems.length > 0) return null;
		const seed = ports.newSeed();
		const selection = $state.snapshot(this.selection);
		return {
			id: ports.newKey(),
			title: this.title.trim(),
			createdAt: ports.now(),
			itemIds: drawItemIds(this.#sets, selection, seed),
			contentVersion: ports.contentVersion,
			seed,
			settings: {
				shuffleQuestions: this.shuffleQuestions,
				shuffleOptions: this.shuffleOptions,
				feedback: this.feedback,
				showAnswers: this.showAnswers,
				timeLimitMinutes: this.timeLimited ? this.timeLimitMinutes : null
			},
			selection
		};
	}
}
