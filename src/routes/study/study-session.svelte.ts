/* eslint-disable svelte/prefer-svelte-reactivity -- state here is replaced whole ($state.raw), never mutated, so plain Map and Date are right */
import { State, type Grade } from 'ts-fsrs';
import type { Item } from '$lib/content/schema';
import { checkAnswer, type CheckResult } from '$lib/quiz/check';
import type { Response } from '$lib/quiz/responses';
import { deriveSeed } from '$lib/quiz/shuffle';
import { isSelfGraded, preselectedGrade, revealedGrade } from '$lib/srs/grading';
import { dueCounts, nextCard, nextDueAt, type QueueInput } from '$lib/srs/queue';
import type { NewOrder } from '$lib/srs/new-order';
import { Scheduler } from '$lib/srs/scheduler';
import type { StudySettings } from '$lib/srs/settings';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import { reviewTimeAfter, type DueFact } from '$lib/storage';
import { summariseSession, type SessionReview } from '$lib/stats/session-summary';
import { cardStudyTime } from '$lib/stats/study-time';
import { Cancelled, OrderedQueue } from '$lib/util/ordered-queue';

/**
 * How many unseen cards "Learn more" adds at a time: a short extra round, not another day's worth,
 * since every new card brings reviews in the days after.
 */
export const extraNewBatch = 10;

export interface StudyData {
	/** The cards the queue may show today (see readLearner). */
	cards: readonly CardRecord[];
	/** New cards already introduced in this study day. */
	introducedToday: number;
	settings: StudySettings;
	timeZone: string;
	/** The items loaded so far, by id; the others come from the `laterItems` port. */
	items: ReadonlyMap<string, Item>;
	/** Every item the session may show, loaded or not: the active items of the sets studied. */
	itemIds: ReadonlySet<string>;
	/** Study one set only. */
	setId?: string;
	/** The order new cards come in (see readLearner). */
	newOrder?: NewOrder;
	/** New cards not yet introduced in the set studied (or in all of them). */
	unseen: number;
	/**
	 * The earliest cards due after those in `cards` (see getEarliestDue): with the session's own,
	 * they say when the next cards are due once the session is over.
	 */
	dueLater: readonly DueFact[];
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
	/** The first `limit` cards still new in the set studied (or in all), in the new-card order. */
	newCards?(limit: number): Promise<CardRecord[]>;
	/** Loads the items that the session's data does not have yet (see loadLaterItems). */
	laterItems?(): Promise<ReadonlyMap<string, Item>>;
}

/** A review this session made, with the time it counted for. */
interface OwnReview {
	review: ReviewRecord;
	studyMs: number;
}

/** Whether a review introduced a new card (1) or not (0), for today's count of new cards. */
function introducedBy({ review }: Reviewed): 0 | 1 {
	return review.log.state === State.New ? 1 : 0;
}

/** A graded card whose review is being written, and what to restore if the write fails. */
interface Attempt {
	/** The card as it was shown. */
	before: CardRecord;
	/** The card as the shown copy schedules it: held until the stored one replaces it. */
	shown: CardRecord;
	/** The change to today's count of new cards that `shown` made. */
	introduced: 0 | 1;
	answer: {
		response: Response | null;
		result: CheckResult | null;
		revealed: boolean;
		grade: Grade;
		answeredAt: Date;
		shownAt: Date;
	};
}

/** What the queue is built from: a session's data, its cards as they stand and its counts so far. */
function queueInput(
	data: StudyData,
	cards: Iterable<CardRecord>,
	introducedToday: number,
	extraNew: number,
	now: Date
): QueueInput {
	return {
		cards: [...cards].filter((record) => data.itemIds.has(record.itemId)),
		introducedToday,
		settings: { ...data.settings, dailyNewLimit: data.settings.dailyNewLimit + extraNew },
		now,
		timeZone: data.timeZone,
		setId: data.setId,
		newOrder: data.newOrder
	};
}

/**
 * The card a session over `data` shows first at `now`, so that its item can be loaded first.
 * @example const first = firstCard(data, new Date()); // first?.setId: the set to load first
 */
export function firstCard(data: StudyData, now: Date): CardRecord | undefined {
	return nextCard(queueInput(data, data.cards, data.introducedToday, 0, now));
}

/**
 * One study session: which card is shown, the learner's answer and grade, and the writes of the
 * reviews, which finish behind the next card. The queue is recomputed after every review, so a learning
 * card whose step comes due returns within the same session.
 */
export class StudySession {
	readonly #data: StudyData;
	readonly #ports: StudyPorts;
	readonly #scheduler: Scheduler;

	#cards = $state.raw<ReadonlyMap<string, CardRecord>>(new Map());
	#items = $state.raw<ReadonlyMap<string, Item>>(new Map());
	#introduced = $state(0);
	/** The queue's time, which is also when the current card was shown. */
	#now = $state.raw(new Date(0));
	/** The card an undo brought back: shown next, whatever the queue says. */
	#pinned = $state<string | null>(null);
	/** When the card was answered: the grade previews and the review both use this instant. */
	#answeredAt = $state.raw<Date | null>(null);
	/** New cards allowed beyond the daily limit, from "Learn more". */
	#extraNew = $state(0);
	/** New cards of the set studied (or of all) not yet introduced. */
	#unseen = $state(0);
	/** This session's reviews that stand (an undone one is taken out), oldest first. */
	#done = $state.raw<readonly SessionReview[]>([]);

	response = $state.raw<Response | null>(null);
	result = $state.raw<CheckResult | null>(null);
	revealed = $state(false);
	grade = $state<Grade | null>(null);
	saving = $state(false);
	/** Why the last save failed, worded for the screen by errorText. */
	error = $state.raw<Error | null>(null);
	/** Why the items still to come could not be loaded. */
	itemsError = $state.raw<Error | null>(null);
	/** Why the last undo did nothing, or that the card shown was just graded in another tab. */
	notice = $state<UndoRefusal | 'elsewhere' | null>(null);
	/** This session's reviews still stored, newest last: the ones undo may take back. */
	#own = $state.raw<readonly OwnReview[]>([]);
	/** Whether the items still to come were asked for. */
	#loadingItems = false;
	/** Reviews are written one at a time, in the order they were graded. */
	readonly #writes = new OrderedQueue();
	/** Reviews graded and not yet stored (nor found not stored). */
	writing = $state(0);

	constructor(data: StudyData, ports: StudyPorts) {
		this.#data = data;
		this.#ports = ports;
		this.#scheduler = new Scheduler(data.settings);
		this.#cards = new Map(data.cards.map((record) => [record.itemId, record]));
		this.#items = data.items;
		this.#introduced = data.introducedToday;
		this.#unseen = data.unseen;
		this.#now = ports.clock();
	}

	// $derived.by: the fields read here are set in the constructor, after initialisers run.
	readonly #queueInput: QueueInput = $derived.by(() =>
		queueInput(this.#data, this.#cards.values(), this.#introduced, this.#extraNew, this.#now)
	);

	readonly current: CardRecord | undefined = $derived(
		(this.#pinned && this.#cards.get(this.#pinned)) || nextCard(this.#queueInput)
	);
	/** The current card's item; undefined while the card's set is still loading. */
	readonly item: Item | undefined = $derived.by(
		() => this.current && this.#items.get(this.current.itemId)
	);
	readonly counts = $derived(dueCounts(this.#queueInput));
	readonly summary = $derived(summariseSession(this.#done));
	/** Reviews this session made that stand. */
	readonly reviewed = $derived(this.#done.length);
	/**
	 * How many cards "Learn more" would add: offered once the queue is empty while the set (or the
	 * bank) still has unseen cards, which means today's new-card allowance is used up.
	 */
	readonly moreNew: number = $derived.by(() =>
		this.current || !this.#ports.newCards ? 0 : Math.min(extraNewBatch, this.#unseen)
	);
	/** When the next cards (not new ones) are due, from the cards studied and those due later. */
	readonly nextDue = $derived.by(() => {
		const { cards, setId, settings } = this.#queueInput;
		const studied = cards
			.filter((record) => !record.suspended && (setId === undefined || record.setId === setId))
			.map((record) => record.card);
		return nextDueAt([...studied, ...this.#data.dueLater], settings, this.#data.timeZone);
	});
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

	/**
	 * Loads the items the session started without, once: the page asks once the first card has been
	 * shown, and an answer asks too, since the next card may need them. Until they come, a card
	 * whose item is missing has no `item`; if they cannot come, `itemsError` says why.
	 */
	loadLaterItems(): void {
		if (this.#loadingItems || !this.#ports.laterItems) return;
		this.#loadingItems = true;
		this.#ports.laterItems().then(
			(items) => (this.#items = new Map([...this.#items, ...items])),
			(cause: unknown) =>
				(this.itemsError = cause instanceof Error ? cause : new Error(String(cause)))
		);
	}

	answer(response: Response): void {
		const item = this.item;
		if (!item || this.answered) return;
		this.#answeredAt = this.#ports.clock();
		this.response = response;
		this.result = checkAnswer(item, response);
		this.grade = preselectedGrade(this.result.correct);
		this.loadLaterItems();
		this.#ports.onAnswer?.();
	}

	/** Flashcards: show the back; the learner grades it, with Good proposed for Enter. */
	reveal(): void {
		if (!this.item || this.answered) return;
		this.#answeredAt = this.#ports.clock();
		this.revealed = true;
		this.grade = revealedGrade;
		this.loadLaterItems();
		this.#ports.onAnswer?.();
	}

	/** When the current card was shown, or the queue last looked: the session's now. */
	get shownAt(): Date {
		return this.#now;
	}

	/** The set studied; undefined when studying all of them. */
	get setId(): string | undefined {
		return this.#data.setId;
	}

	get timeZone(): string {
		return this.#data.timeZone;
	}

	get dailyNewLimit(): number {
		return this.#data.settings.dailyNewLimit;
	}

	get selfGraded(): boolean {
		return this.item ? isSelfGraded(this.item.type) : false;
	}

	/**
	 * Shows the next card at once and stores the review behind it. The card moves on as the shown
	 * copy schedules it; the stored review is scheduled from the card as stored and replaces it when
	 * the write finishes. Reviews are written one at a time, in the order they were graded. If a
	 * write fails, the reviews graded after it are not written either, and the learner is brought
	 * back to the first card that was not stored, with its answer and grade and the reason, to retry.
	 */
	confirm(grade: Grade | null = this.grade): Promise<void> {
		const current = this.current;
		const answeredAt = this.#answeredAt;
		if (!current || !answeredAt || grade === null || this.saving) return Promise.resolve();
		const attempt: Attempt = {
			before: current,
			shown: this.#scheduler.reviewRecord(current, grade, reviewTimeAfter(current, answeredAt))
				.record,
			introduced: current.card.state === State.New ? 1 : 0,
			answer: {
				response: this.response,
				result: this.result,
				revealed: this.revealed,
				grade,
				answeredAt,
				shownAt: this.#now
			}
		};
		const studyMs = cardStudyTime(this.#now, this.#ports.clock());
		this.error = null;
		this.notice = null;
		this.#store(attempt.shown, attempt.introduced);
		this.#pinned = null;
		this.#reset();
		this.writing++;
		return this.#writes
			.push(async () => {
				const stored = await this.#ports.commit(
					attempt.before.itemId,
					(card) => this.#scheduler.reviewRecord(card, grade, reviewTimeAfter(card, answeredAt)),
					studyMs
				);
				// Inside the task, so an undo queued behind it sees this review.
				this.#own = [...this.#own, { review: stored.review, studyMs }];
				this.#done = [...this.#done, { rating: grade, studyMs }];
				this.#replace(attempt.shown, stored.record, introducedBy(stored) - attempt.introduced);
				return stored;
			})
			.then(
				(stored) => this.#ports.announce?.(stored.record, introducedBy(stored)),
				(cause: unknown) => this.#notStored(attempt, cause)
			)
			.finally(() => {
				this.writing--;
			});
	}

	/** A review that was not stored: its card goes back as it was, the first one with its answer. */
	#notStored(attempt: Attempt, cause: unknown): void {
		this.#replace(attempt.shown, attempt.before, -attempt.introduced);
		if (cause instanceof Cancelled) return;
		this.#pinned = attempt.before.itemId;
		this.#reset();
		const { answer } = attempt;
		this.response = answer.response;
		this.result = answer.result;
		this.revealed = answer.revealed;
		this.grade = answer.grade;
		this.#answeredAt = answer.answeredAt;
		this.#now = answer.shownAt;
		this.error = cause instanceof Error ? cause : new Error(String(cause));
	}

	/** Takes back this session's latest review, unless the card was reviewed again since. */
	async undo(): Promise<void> {
		if (this.saving || !this.canUndo) return;
		this.saving = true;
		this.error = null;
		this.notice = null;
		try {
			// Behind the reviews still being written, so it takes back the latest of them.
			await this.#writes.push(async () => {
				const review = this.#own.at(-1)?.review;
				if (!review) return;
				const undone = await this.#ports.undo(review);
				this.#own = this.#own.slice(0, -1);
				if ('refused' in undone) {
					this.notice = undone.refused;
					return;
				}
				const introduced = -introducedBy(undone) as -1 | 0;
				this.#store(undone.record, introduced);
				this.#ports.announce?.(undone.record, introduced);
				this.#done = this.#done.slice(0, -1);
				this.#pinned = undone.record.itemId;
				this.#reset();
			});
		} catch (cause) {
			// A review before it failed: the learner is back on that card with its reason already.
			if (!(cause instanceof Cancelled)) {
				this.error = cause instanceof Error ? cause : new Error(String(cause));
			}
		} finally {
			this.saving = false;
		}
	}

	/** Resolves once every review graded so far is stored or has failed. */
	settled(): Promise<void> {
		return this.#writes.settled();
	}

	/**
	 * Lets this session introduce `moreNew` cards beyond today's limit. An explicit choice rather
	 * than a daily allowance per set: the limit stays the one number that says how many new cards,
	 * and so how many reviews in the days after, a day brings; allowances per set would multiply it
	 * by the number of sets without the learner asking.
	 */
	async learnMore(): Promise<void> {
		const count = this.moreNew;
		if (!count || this.saving || !this.#ports.newCards) return;
		this.saving = true;
		this.error = null;
		try {
			// A card this session introduced may not be stored yet: ask for that many more.
			const introduced = this.#own.filter(({ review }) => review.log.state === State.New);
			const stored = await this.#ports.newCards(count + introduced.length);
			const fresh = stored.filter((record) => {
				const known = this.#cards.get(record.itemId);
				return !known || known.card.state === State.New;
			});
			const cards = new Map(this.#cards);
			for (const record of fresh) if (!cards.has(record.itemId)) cards.set(record.itemId, record);
			this.#cards = cards;
			const added = Math.min(count, fresh.length);
			// Fewer than asked for: the rest were introduced elsewhere; what is found is what is left.
			if (fresh.length < count) this.#unseen = fresh.length;
			this.#extraNew = Math.max(
				this.#extraNew,
				this.#introduced + added - this.#data.settings.dailyNewLimit
			);
			this.#now = this.#ports.clock();
		} catch (cause) {
			this.error = cause instanceof Error ? cause : new Error(String(cause));
		} finally {
			this.saving = false;
		}
	}

	/** Whether there is a review of this session's to take back. */
	get canUndo(): boolean {
		return this.#own.length > 0 || this.writing > 0;
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

	#store(record: CardRecord, introduced: number): void {
		this.#cards = new Map(this.#cards).set(record.itemId, record);
		this.#introduced = Math.max(0, this.#introduced + introduced);
		const { setId } = this.#data;
		if (setId === undefined || record.setId === setId) {
			this.#unseen = Math.max(0, this.#unseen - introduced);
		}
	}

	/**
	 * Puts `record` in place of `shown`, unless another tab's change replaced `shown` meanwhile with a
	 * card reviewed more often (written after ours); today's count of new cards moves by
	 * `introduced` either way.
	 */
	#replace(shown: CardRecord, record: CardRecord, introduced: number): void {
		const held = this.#cards.get(shown.itemId);
		if (held === shown || !held || held.card.reps <= record.card.reps) {
			this.#store(record, introduced);
		} else this.#introduced = Math.max(0, this.#introduced + introduced);
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
