/* eslint-disable svelte/prefer-svelte-reactivity -- state here is replaced whole ($state.raw), never mutated, so plain Map and Date are right */
import { State, type Grade } from 'ts-fsrs';
import type { Item } from '$lib/content/schema';
import { checkAnswer, type CheckResult } from '$lib/quiz/check';
import type { Response } from '$lib/quiz/responses';
import { deriveSeed } from '$lib/quiz/shuffle';
import { isSelfGraded, preselectedGrade, revealedGrade } from '$lib/srs/grading';
import { dueCounts, nextCard, type QueueInput } from '$lib/srs/queue';
import { Scheduler } from '$lib/srs/scheduler';
import type { StudySettings } from '$lib/srs/settings';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import { reviewTimeAfter } from '$lib/storage';
import { cardStudyTime } from '$lib/stats/study-time';

export interface StudyData {
	/** The cards the queue may show today (see readLearner). */
	cards: readonly CardRecord[];
	/** New cards already introduced in this study day. */
	introducedToday: number;
	settings: StudySettings;
	timeZone: string;
	/** The items that may be shown, by id. */
	items: ReadonlyMap<string, Item>;
	/** Study one set only. */
	setId?: string;
}

/** A card and its review, as the scheduler made them (ScheduledReview in storage). */
export interface Reviewed {
	record: CardRecord;
	review: ReviewRecord;
}

/** Why an undo was refused (UndoRefusal in storage). */
export type UndoRefusal = 'newer' | 'gone';

/** What the session needs from the outside world; tests pass fakes. */
export interface StudyPorts {
	/**
	 * Reviews the card as stored (another tab may have reviewed it since it was shown): `schedule`
	 * runs on the stored card; resolves once the card and its review are stored, with the time spent
	 * on the card, to what was stored.
	 */
	commit(
		itemId: string,
		schedule: (stored: CardRecord) => Reviewed,
		studyMs: number
	): Promise<Reviewed>;
	/** Takes back one of this session's reviews; resolves to the restored card, or why not. */
	undo(review: ReviewRecord): Promise<Reviewed | { refused: UndoRefusal }>;
	/** Tells other tabs a card changed (`introduced`: the change to today's new-card count). */
	announce?(record: CardRecord, introduced: -1 | 0 | 1): void;
	clock(): Date;
	/** Called after each answer (the app asks for persistent storage then). */
	onAnswer?(): void;
}

/**
 * One study session: which card is shown, the learner's answer and grade, and the write that must
 * finish before the next card appears. The queue is recomputed after every review, so a learning
 * card whose step comes due returns within the same session.
 */
export class StudySession {
	readonly #data: StudyData;
	readonly #ports: StudyPorts;
	readonly #scheduler: Scheduler;

	#cards = $state.raw<ReadonlyMap<string, CardRecord>>(new Map());
	#introduced = $state(0);
	/** The queue's time, which is also when the current card was shown. */
	#now = $state.raw(new Date(0));
	/** The card an undo brought back: shown next, whatever the queue says. */
	#pinned = $state<string | null>(null);
	/** When the card was answered: the grade previews and the review both use this instant. */
	#answeredAt = $state.raw<Date | null>(null);

	response = $state.raw<Response | null>(null);
	result = $state.raw<CheckResult | null>(null);
	revealed = $state(false);
	grade = $state<Grade | null>(null);
	saving = $state(false);
	error = $state<string | null>(null);
	reviewed = $state(0);
	/** Why the last undo did nothing, or that the card shown was just graded in another tab. */
	notice = $state<UndoRefusal | 'elsewhere' | null>(null);
	/** This session's reviews still stored, newest last: the ones undo may take back. */
	#own = $state.raw<readonly ReviewRecord[]>([]);

	constructor(data: StudyData, ports: StudyPorts) {
		this.#data = data;
		this.#ports = ports;
		this.#scheduler = new Scheduler(data.settings);
		this.#cards = new Map(data.cards.map((record) => [record.itemId, record]));
		this.#introduced = data.introducedToday;
		this.#now = ports.clock();
	}

	// $derived.by: the fields read here are set in the constructor, after initialisers run.
	readonly #queueInput: QueueInput = $derived.by(() => ({
		cards: [...this.#cards.values()].filter((record) => this.#data.items.has(record.itemId)),
		introducedToday: this.#introduced,
		settings: this.#data.settings,
		now: this.#now,
		timeZone: this.#data.timeZone,
		setId: this.#data.setId
	}));

	readonly current: CardRecord | undefined = $derived(
		(this.#pinned && this.#cards.get(this.#pinned)) || nextCard(this.#queueInput)
	);
	readonly item: Item | undefined = $derived.by(
		() => this.current && this.#data.items.get(this.current.itemId)
	);
	readonly counts = $derived(dueCounts(this.#queueInput));
	readonly answered = $derived(this.response !== null || this.revealed);
	readonly preview = $derived.by(() =>
		this.current && this.#answeredAt
			? this.#scheduler.preview(this.current.card, this.#answeredAt)
			: null
	);
	/** Fixes the order of options for this showing of the card, so a reload looks the same. */
	readonly seed = $derived(
		this.current ? deriveSeed(this.current.card.reps, this.current.itemId) : 0
	);

	answer(response: Response): void {
		const item = this.item;
		if (!item || this.answered) return;
		this.#answeredAt = this.#ports.clock();
		this.response = response;
		this.result = checkAnswer(item, response);
		this.grade = preselectedGrade(this.result.correct);
		this.#ports.onAnswer?.();
	}

	/** Flashcards: show the back; the learner grades it, with Good proposed for Enter. */
	reveal(): void {
		if (!this.item || this.answered) return;
		this.#answeredAt = this.#ports.clock();
		this.revealed = true;
		this.grade = revealedGrade;
		this.#ports.onAnswer?.();
	}

	get selfGraded(): boolean {
		return this.item ? isSelfGraded(this.item.type) : false;
	}

	/** Stores the review; only once it is stored does the next card appear. */
	async confirm(grade: Grade | null = this.grade): Promise<void> {
		const current = this.current;
		const answeredAt = this.#answeredAt;
		if (!current || !answeredAt || grade === null || this.saving) return;
		this.grade = grade;
		this.saving = true;
		this.error = null;
		this.notice = null;
		try {
			const { record, review } = await this.#ports.commit(
				current.itemId,
				(stored) =>
					this.#scheduler.reviewRecord(stored, grade, reviewTimeAfter(stored, answeredAt)),
				cardStudyTime(this.#now, this.#ports.clock())
			);
			const introduced = review.log.state === State.New ? 1 : 0;
			this.#own = [...this.#own, review];
			this.#store(record, introduced);
			this.#ports.announce?.(record, introduced);
			this.reviewed++;
			this.#pinned = null;
			this.#reset();
		} catch (cause) {
			this.error = cause instanceof Error ? cause.message : String(cause);
		} finally {
			this.saving = false;
		}
	}

	/** Takes back this session's latest review, unless the card was reviewed again since. */
	async undo(): Promise<void> {
		const review = this.#own.at(-1);
		if (this.saving || !review) return;
		this.saving = true;
		this.error = null;
		this.notice = null;
		try {
			const undone = await this.#ports.undo(review);
			this.#own = this.#own.slice(0, -1);
			if ('refused' in undone) {
				this.notice = undone.refused;
				return;
			}
			const introduced = undone.review.log.state === State.New ? -1 : 0;
			this.#store(undone.record, introduced);
			this.#ports.announce?.(undone.record, introduced);
			this.reviewed = Math.max(0, this.reviewed - 1);
			this.#pinned = undone.record.itemId;
			this.#reset();
		} catch (cause) {
			this.error = cause instanceof Error ? cause.message : String(cause);
		} finally {
			this.saving = false;
		}
	}

	/** Whether there is a review of this session's to take back. */
	get canUndo(): boolean {
		return this.#own.length > 0;
	}

	/**
	 * Another tab reviewed or undid a card: take the stored card, so this tab never shows a card
	 * that was just graded, nor grades from a stale copy. If it is the card on screen, its answer goes.
	 */
	changedElsewhere(record: CardRecord, introduced: -1 | 0 | 1): void {
		const shown = this.current?.itemId === record.itemId;
		this.#store(record, introduced);
		if (this.#pinned === record.itemId) this.#pinned = null;
		if (shown && !this.saving) {
			this.notice = 'elsewhere';
			this.#reset();
		}
	}

	#store(record: CardRecord, introduced: -1 | 0 | 1): void {
		this.#cards = new Map(this.#cards).set(record.itemId, record);
		this.#introduced = Math.max(0, this.#introduced + introduced);
	}

	#reset(): void {
		this.response = null;
		this.result = null;
		this.revealed = false;
		this.grade = null;
		this.#answeredAt = null;
		this.#now = this.#ports.clock();
	}
}
