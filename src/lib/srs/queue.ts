/** Today's study queue: which cards to show, in which order, and how many of each kind remain. */
import { S_MIN, State } from 'ts-fsrs';
import { studyDayBounds } from './day';
import { newCardPlace, type NewOrder } from './new-order';
import type { StudySettings } from './settings';
import type { CardRecord } from './types';

/** Learning steps due this soon are shown now when nothing else is left, as Anki does. */
export const learnAheadMinutes = 20;

const minuteMs = 60_000;
const dayMs = 86_400_000;

export interface QueueInput {
	/**
	 * The cards that may be shown: all of them, or just those due by the end of the study day plus
	 * the next new ones (what storage's getQueueCards reads). New cards go in `newOrder`.
	 */
	cards: readonly CardRecord[];
	/** New cards already introduced (first reviewed) in the current study day, from every set. */
	introducedToday: number;
	settings: Pick<StudySettings, 'dailyNewLimit' | 'dayStartHour'>;
	now: Date;
	/** The learner's IANA time zone, e.g. 'Europe/Madrid'. */
	timeZone: string;
	/** Only this set's cards; the daily new limit still counts introductions from every set. */
	setId?: string;
	/** The order new cards are introduced in; bank order without it. */
	newOrder?: NewOrder;
}

export interface DueCounts {
	/** Review cards due now. */
	due: number;
	/** Learning and relearning cards due now or within the learn-ahead window. */
	learning: number;
	/** New cards still allowed today. */
	new: number;
}

interface QueueParts {
	learningDue: CardRecord[];
	reviews: CardRecord[];
	fresh: CardRecord[];
	learningAhead: CardRecord[];
}

function byDue(a: CardRecord, b: CardRecord): number {
	return a.card.due.getTime() - b.card.due.getTime() || compareIds(a, b);
}

function compareIds(a: CardRecord, b: CardRecord): number {
	return a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
}

/** Days overdue per day of stability: a fragile memory that is a day late is worse off than a solid one. */
function relativeOverdue(record: CardRecord, now: Date): number {
	const overdueDays = Math.max(0, now.getTime() - record.card.due.getTime()) / dayMs;
	return overdueDays / Math.max(record.card.stability, S_MIN);
}

/** The learner's new-card order; a card without a rank (not reconciled yet) goes last. */
function byNewPlace(newOrder?: NewOrder): (a: CardRecord, b: CardRecord) => number {
	return (a, b) =>
		newCardPlace(a.bankRank, newOrder) - newCardPlace(b.bankRank, newOrder) || compareIds(a, b);
}

function queueParts(input: QueueInput): QueueParts {
	const { cards, now, setId, settings, timeZone, introducedToday, newOrder } = input;
	const learnAheadEnd = now.getTime() + learnAheadMinutes * minuteMs;
	// A review scheduled in days belongs to a study day, not a minute: one given "1d" at 18:05 is
	// due all of the next study day, including its morning.
	const endOfDay = studyDayBounds(now, settings.dayStartHour, timeZone).end.getTime();
	const parts: QueueParts = { learningDue: [], reviews: [], fresh: [], learningAhead: [] };
	for (const record of cards) {
		if (record.suspended || (setId !== undefined && record.setId !== setId)) continue;
		const due = record.card.due.getTime();
		switch (record.card.state) {
			case State.New:
				parts.fresh.push(record);
				break;
			case State.Review:
				if (due < endOfDay) parts.reviews.push(record);
				break;
			case State.Learning:
			case State.Relearning:
				if (due <= now.getTime()) parts.learningDue.push(record);
				else if (due <= learnAheadEnd) parts.learningAhead.push(record);
				break;
		}
	}
	parts.learningDue.sort(byDue);
	parts.learningAhead.sort(byDue);
	parts.reviews.sort((a, b) => relativeOverdue(b, now) - relativeOverdue(a, now) || byDue(a, b));
	parts.fresh.sort(byNewPlace(newOrder));
	parts.fresh = parts.fresh.slice(0, Math.max(0, settings.dailyNewLimit - introducedToday));
	return parts;
}

/**
 * Today's queue: learning steps that are due (their timing is the point of them), then due reviews,
 * most overdue relative to stability first, then new cards in the learner's order up to what is
 * left of the daily limit, then learning steps due within the learn-ahead window. Suspended cards never appear.
 * @example buildQueue({ cards, introducedToday: 3, settings, now, timeZone: 'Europe/Madrid' })[0]
 */
export function buildQueue(input: QueueInput): CardRecord[] {
	const { learningDue, reviews, fresh, learningAhead } = queueParts(input);
	return [...learningDue, ...reviews, ...fresh, ...learningAhead];
}

/**
 * The card to show next, recomputed after every review from the updated cards, the introductions so
 * far and the current time: a learning card whose step has come due comes back in the same session.
 * Undefined when the session is over.
 * @example nextCard({ ...input, cards: updatedCards, introducedToday: introduced + 1, now })
 */
export function nextCard(input: QueueInput): CardRecord | undefined {
	return buildQueue(input)[0];
}

/**
 * The numbers for the Today page; they add up to the length of `buildQueue` for the same input.
 * @example dueCounts(input) // { due: 12, learning: 2, new: 20 }
 */
export function dueCounts(input: QueueInput): DueCounts {
	const { learningDue, reviews, fresh, learningAhead } = queueParts(input);
	return {
		due: reviews.length,
		learning: learningDue.length + learningAhead.length,
		new: fresh.length
	};
}

/**
 * When the queue next has a card that is not new to show, given cards' states and due dates: a
 * learning step when it comes due, a review at the start of the study day it is due in (the queue
 * shows a study day's reviews from its start). Undefined when nothing is scheduled.
 * @example nextDueAt([{ state: State.Review, due }], { dayStartHour: 4 }, 'Europe/Madrid') // 04:00 of due's day
 */
export function nextDueAt(
	cards: Iterable<{ state: State; due: Date }>,
	settings: Pick<StudySettings, 'dayStartHour'>,
	timeZone: string
): Date | undefined {
	let next: Date | undefined;
	for (const { state, due } of cards) {
		if (state === State.New) continue;
		const at =
			state === State.Review ? studyDayBounds(due, settings.dayStartHour, timeZone).start : due;
		if (!next || at < next) next = at;
	}
	return next;
}
