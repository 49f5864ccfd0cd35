/** The one place that turns study settings into a ts-fsrs scheduler; all scheduling is ts-fsrs's. */
import {
	fsrs,
	generatorParameters,
	Rating,
	type Card,
	type FSRS,
	type FSRSParameters,
	type Grade,
	type ReviewLog
} from 'ts-fsrs';
import { describeInterval, type Interval } from './interval';
import type { StudySettings } from './settings';
import type { CardRecord, ReviewRecord } from './types';

export type SchedulerSettings = Pick<
	StudySettings,
	'desiredRetention' | 'maximumInterval' | 'learningSteps' | 'relearningSteps'
>;

/** What one grade would do to a card: shown on its button. */
export interface GradePreview {
	grade: Grade;
	due: Date;
	/** The time until `due`, in the unit a button shows it in. */
	interval: Interval;
}

/** A review's result; `previousDue` makes `undo` exact (see `ReviewRecord.previousDue`). */
export interface ReviewOutcome {
	card: Card;
	log: ReviewLog;
	previousDue: Date;
}

/** What undo needs from a review: a `ReviewRecord` or a `ReviewOutcome` both fit. */
export type UndoableReview = Pick<ReviewRecord, 'log' | 'previousDue'>;

/**
 * The ts-fsrs parameters for these settings: FSRS-6 default weights, fuzz on, short-term steps.
 * @example schedulerParameters(defaultSettings()).enable_fuzz === true
 */
export function schedulerParameters(settings: SchedulerSettings): FSRSParameters {
	return generatorParameters({
		request_retention: settings.desiredRetention,
		maximum_interval: settings.maximumInterval,
		// ts-fsrs leaves fuzz off; without it cards learned together stay due together forever.
		enable_fuzz: true,
		enable_short_term: true,
		learning_steps: settings.learningSteps,
		relearning_steps: settings.relearningSteps
	});
}

/**
 * Schedules cards with ts-fsrs. Deterministic: ts-fsrs seeds its fuzz from the card and the review
 * time, so the same card reviewed at the same `now` always gets the same due date.
 * @example
 * const scheduler = new Scheduler(defaultSettings());
 * const { card, log, previousDue } = scheduler.review(createEmptyCard(now), Rating.Good, now);
 * scheduler.undo(card, { log, previousDue }); // the empty card again
 */
export class Scheduler {
	readonly #fsrs: FSRS;

	constructor(settings: SchedulerSettings) {
		this.#fsrs = fsrs(schedulerParameters(settings));
	}

	/**
	 * The due date and interval each grade would give the card if it were graded at `now`. Pass the
	 * same `now` to `review` for the due date to match the button exactly (fuzz is seeded by time).
	 * @example scheduler.preview(createEmptyCard(now), now)[Rating.Good].interval // { value: 10, unit: 'minute' }
	 */
	preview(card: Card, now: Date): Record<Grade, GradePreview> {
		const outcomes = this.#fsrs.repeat(card, now);
		const preview = (grade: Grade): GradePreview => {
			const { due } = outcomes[grade].card;
			return { grade, due, interval: describeInterval(now, due) };
		};
		return {
			[Rating.Again]: preview(Rating.Again),
			[Rating.Hard]: preview(Rating.Hard),
			[Rating.Good]: preview(Rating.Good),
			[Rating.Easy]: preview(Rating.Easy)
		};
	}

	/**
	 * Grades the card at `now`: the card after the review and the log to store.
	 * @example scheduler.review(card, Rating.Again, now).card.state // State.Learning or Relearning
	 */
	review(card: Card, grade: Grade, now: Date): ReviewOutcome {
		const { card: next, log } = this.#fsrs.next(card, now, grade);
		return { card: next, log, previousDue: new Date(card.due.getTime()) };
	}

	/**
	 * The card as it was before `reviewed`, which must be its latest review. Exact when the review
	 * carries `previousDue`; without it ts-fsrs can only restore the due date as the review time.
	 * @example scheduler.undo(after.card, after) // deep-equals the card before the review
	 */
	undo(card: Card, reviewed: UndoableReview): Card {
		const earlier = this.#fsrs.rollback(card, reviewed.log);
		return reviewed.previousDue
			? { ...earlier, due: new Date(reviewed.previousDue.getTime()) }
			: earlier;
	}

	/**
	 * `review` for a stored card: the record and the review row to write together, in one transaction.
	 * @example const { record, review } = scheduler.reviewRecord(stored, Rating.Good, now);
	 */
	reviewRecord(
		record: CardRecord,
		grade: Grade,
		now: Date
	): { record: CardRecord; review: ReviewRecord } {
		const { card, log, previousDue } = this.review(record.card, grade, now);
		return { record: { ...record, card }, review: { itemId: record.itemId, log, previousDue } };
	}

	/**
	 * `undo` for a stored card and its latest stored review.
	 * @example scheduler.undoRecord(record, lastReview) // the record as it was before that review
	 */
	undoRecord(record: CardRecord, review: ReviewRecord): CardRecord {
		if (review.itemId !== record.itemId) {
			throw new Error(`undo: review of ${review.itemId} cannot undo card ${record.itemId}`);
		}
		return { ...record, card: this.undo(record.card, review) };
	}
}
