import { Rating, State, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { card, cardRecord, fixtureNow, reviewCard, reviewRecord } from './fixtures';
import {
	buildQueue,
	dueCounts,
	learnAheadMinutes,
	nextCard,
	nextDueAt,
	type QueueInput
} from './queue';
import { Scheduler } from './scheduler';
import { defaultSettings } from './settings';
import { studyDayBounds } from './day';
import type { CardRecord, ReviewRecord } from './types';
import { tallyReviews, totalsBetween } from '$lib/stats/review-tally';

const minuteMs = 60_000;
const dayMs = 86_400_000;
// fixtureNow is 2025-06-10T12:00Z: 14:00 in Madrid, whose study day (start 04:00) began at 02:00Z.
const now = fixtureNow;

function later(minutes: number, from = now): Date {
	return new Date(from.getTime() + minutes * minuteMs);
}

function queueInput(overrides: Partial<QueueInput> = {}): QueueInput {
	return {
		cards: [],
		introducedToday: 0,
		settings: { dailyNewLimit: 3, dayStartHour: 4 },
		now,
		timeZone: 'Europe/Madrid',
		...overrides
	};
}

function ids(records: readonly CardRecord[]): string[] {
	return records.map((record) => record.itemId);
}

function fresh(itemId: string, setId = 'a', bankRank?: number): CardRecord {
	return { ...cardRecord({ itemId, setId }), ...(bankRank === undefined ? {} : { bankRank }) };
}

function due(itemId: string, dueAt: Date, stability = 10, setId = 'a'): CardRecord {
	return { itemId, setId, suspended: false, card: reviewCard({ due: dueAt, stability }) };
}

function learning(itemId: string, dueAt: Date, state = State.Learning, setId = 'a'): CardRecord {
	return cardRecord({
		itemId,
		setId,
		card: { state, due: dueAt, stability: 2, difficulty: 5, reps: 1 }
	});
}

/** A review of a New card, i.e. an introduction, at `at`. */
function introduction(itemId: string, at: Date): ReviewRecord {
	return reviewRecord({ itemId, log: { state: State.New, review: at } });
}

/** New cards introduced in the study day of `input.now`, counted as the app does: from tallies. */
function introducedToday(
	reviews: readonly ReviewRecord[],
	input: Partial<QueueInput> = {}
): number {
	const { now: at, settings, timeZone } = queueInput(input);
	const day = studyDayBounds(at, settings.dayStartHour, timeZone);
	return totalsBetween(tallyReviews(reviews.map((review) => review.log)), day.start, day.end)
		.introduced;
}

/** A queue input whose introductions are counted from `reviews`. */
function inputAfter(reviews: readonly ReviewRecord[], input: Partial<QueueInput>): QueueInput {
	return queueInput({ ...input, introducedToday: introducedToday(reviews, input) });
}

describe('buildQueue', () => {
	it('puts due learning steps first, then due reviews, then new cards, then learn-ahead steps', () => {
		const cards = [
			fresh('n-1'),
			learning('ahead', later(5)),
			due('r-1', later(-60)),
			learning('l-1', later(-1)),
			learning('rl-1', later(-2), State.Relearning)
		];
		expect(ids(buildQueue(queueInput({ cards })))).toEqual(['rl-1', 'l-1', 'r-1', 'n-1', 'ahead']);
	});

	it('leaves out suspended cards of every kind', () => {
		const cards = [
			{ ...fresh('n-1'), suspended: true },
			{ ...due('r-1', later(-60)), suspended: true },
			{ ...learning('l-1', later(-1)), suspended: true },
			fresh('n-2')
		];
		expect(ids(buildQueue(queueInput({ cards })))).toEqual(['n-2']);
	});

	it('includes reviews due by the end of the study day, not those due the next day', () => {
		// The study day (04:00 Madrid) ends at 02:00Z tomorrow, 14 hours after now.
		const cards = [
			due('now', now),
			due('tonight', later(8 * 60)),
			due('last-minute', later(14 * 60 - 1)),
			due('tomorrow', later(14 * 60))
		];
		expect(ids(buildQueue(queueInput({ cards }))).sort()).toEqual([
			'last-minute',
			'now',
			'tonight'
		]);
	});

	it('orders reviews by days overdue relative to stability, most overdue first', () => {
		const cards = [
			due('solid', later(-10 * 24 * 60), 200), // 10 / 200 = 0.05
			due('medium', later(-2 * 24 * 60), 20), // 2 / 20 = 0.1
			due('fragile', later(-24 * 60), 2), // 1 / 2 = 0.5
			due('just-due', now, 1) // 0
		];
		expect(ids(buildQueue(queueInput({ cards })))).toEqual([
			'fragile',
			'medium',
			'solid',
			'just-due'
		]);
	});

	it('brings learning steps within the learn-ahead window only', () => {
		const cards = [
			learning('in-window', later(learnAheadMinutes)),
			learning('too-late', later(learnAheadMinutes + 1)),
			learning('relearning', later(3), State.Relearning)
		];
		expect(ids(buildQueue(queueInput({ cards })))).toEqual(['relearning', 'in-window']);
	});

	it('introduces new cards in bank order, up to the daily limit', () => {
		const ranks = { 'n-1': 2, 'n-2': 3, 'n-3': 1, 'n-4': 4, 'n-5': 0 };
		const cards = Object.entries(ranks).map(([id, rank]) => fresh(id, 'a', rank));
		expect(ids(buildQueue(queueInput({ cards })))).toEqual(['n-5', 'n-3', 'n-1']);
	});

	it('introduces new cards in the learner’s order when given one', () => {
		// Sets a (ranks 0–2) and b (ranks 3–4).
		const cards = [0, 1, 2, 3, 4].map((rank) => fresh(`n-${rank}`, rank < 3 ? 'a' : 'b', rank));
		const settings = { dailyNewLimit: 10, dayStartHour: 4 };
		const mixed = { order: 'mixed', setStarts: [0, 3] } as const;
		expect(ids(buildQueue(queueInput({ cards, settings, newOrder: mixed })))).toEqual([
			'n-0',
			'n-3',
			'n-1',
			'n-4',
			'n-2'
		]);
		const bySet = { order: 'bySet', setStarts: [0, 3] } as const;
		expect(ids(buildQueue(queueInput({ cards, settings, newOrder: bySet })))).toEqual([
			'n-0',
			'n-1',
			'n-2',
			'n-3',
			'n-4'
		]);
	});

	it('puts new cards without a bank rank last, by id', () => {
		const cards = [fresh('x-2'), fresh('n-2', 'a', 1), fresh('x-1'), fresh('n-1', 'a', 0)];
		const input = queueInput({ cards, settings: { dailyNewLimit: 10, dayStartHour: 4 } });
		expect(ids(buildQueue(input))).toEqual(['n-1', 'n-2', 'x-1', 'x-2']);
	});

	it('counts only what is left of the limit after today’s introductions', () => {
		const cards = ['n-1', 'n-2', 'n-3'].map((id) => fresh(id));
		const reviewsToday = [
			introduction('old-1', later(-60)),
			introduction('old-2', later(-30)),
			reviewRecord({ itemId: 'old-3', log: { state: State.Learning, review: later(-10) } })
		];
		expect(ids(buildQueue(inputAfter(reviewsToday, { cards })))).toEqual(['n-1']);
		expect(ids(buildQueue(queueInput({ cards, introducedToday: 1 })))).toEqual(['n-1', 'n-2']);
		expect(buildQueue(queueInput({ cards, introducedToday: 3 }))).toEqual([]);
		expect(buildQueue(queueInput({ cards, introducedToday: 7 }))).toEqual([]);
	});

	it('starts the count afresh at the day start hour, not at midnight', () => {
		const cards = ['n-1', 'n-2', 'n-3'].map((id) => fresh(id));
		// 03:59 and 04:00 in Madrid on the 10th: the first belongs to the study day of the 9th.
		const reviewsToday = [
			introduction('y-1', new Date('2025-06-10T01:59:00Z')),
			introduction('t-1', new Date('2025-06-10T02:00:00Z'))
		];
		expect(buildQueue(inputAfter(reviewsToday, { cards }))).toHaveLength(2);
		// 03:30 on the 11th is still the study day of the 10th.
		const afterMidnight = inputAfter(reviewsToday, {
			cards,
			now: new Date('2025-06-11T01:30:00Z')
		});
		expect(buildQueue(afterMidnight)).toHaveLength(2);
		// 04:00 on the 11th: a new day, a full limit.
		const nextDay = inputAfter(reviewsToday, { cards, now: new Date('2025-06-11T02:00:00Z') });
		expect(buildQueue(nextDay)).toHaveLength(3);
	});

	it('finds the study day in the learner’s time zone', () => {
		const cards = ['n-1', 'n-2', 'n-3'].map((id) => fresh(id));
		// 09:00Z is 11:00 in Madrid (today) but 03:00 in Mexico City (yesterday's study day).
		const reviewsToday = [introduction('x-1', new Date('2025-06-10T09:00:00Z'))];
		expect(buildQueue(inputAfter(reviewsToday, { cards, timeZone: 'Europe/Madrid' }))).toHaveLength(
			2
		);
		expect(
			buildQueue(inputAfter(reviewsToday, { cards, timeZone: 'America/Mexico_City' }))
		).toHaveLength(3);
		// In Auckland 09:00Z is 21:00 on the 10th, and now (12:00Z) is already the 11th's study day at 00:00.
		const auckland = inputAfter(reviewsToday, {
			cards,
			timeZone: 'Pacific/Auckland',
			settings: { dailyNewLimit: 3, dayStartHour: 0 }
		});
		expect(buildQueue(auckland)).toHaveLength(3);
	});

	it('filters by set, while the new limit counts introductions from every set', () => {
		const cards = [
			fresh('a-1', 'a'),
			fresh('b-1', 'b'),
			fresh('b-2', 'b'),
			due('b-3', later(-60), 10, 'b'),
			due('a-2', later(-60))
		];
		const reviewsToday = [introduction('a-0', later(-5)), introduction('a-9', later(-4))];
		expect(ids(buildQueue(inputAfter(reviewsToday, { cards, setId: 'b' })))).toEqual([
			'b-3',
			'b-1'
		]);
		expect(ids(buildQueue(inputAfter(reviewsToday, { cards, setId: 'a' })))).toEqual([
			'a-2',
			'a-1'
		]);
	});

	it('does not count future new cards as due: a new card is always available, whatever its due date', () => {
		const cards = [cardRecord({ itemId: 'n-1', card: card({ due: later(3 * 24 * 60) }) })];
		expect(ids(buildQueue(queueInput({ cards })))).toEqual(['n-1']);
	});
});

describe('dueCounts', () => {
	it('counts what the queue holds, by kind', () => {
		const cards = [
			fresh('n-1'),
			fresh('n-2'),
			fresh('n-3'),
			fresh('n-4'),
			due('r-1', later(-60)),
			due('r-2', later(-1)),
			due('r-tomorrow', later(24 * 60)),
			learning('l-1', later(-1)),
			learning('l-ahead', later(10)),
			learning('l-later', later(120)),
			{ ...due('r-suspended', later(-60)), suspended: true }
		];
		const input = queueInput({ cards, introducedToday: 1 });
		const counts = dueCounts(input);
		expect(counts).toEqual({ due: 2, learning: 2, new: 2 });
		expect(counts.due + counts.learning + counts.new).toBe(buildQueue(input).length);
	});

	it('is all zero when nothing is due', () => {
		expect(dueCounts(queueInput({ cards: [due('r-1', later(24 * 60))] }))).toEqual({
			due: 0,
			learning: 0,
			new: 0
		});
	});
});

describe('nextCard', () => {
	const scheduler = new Scheduler(defaultSettings());

	/** A study session: grades the card nextCard picks, as the study page will. */
	function session(cards: CardRecord[], settings = { dailyNewLimit: 2, dayStartHour: 4 }) {
		const state = { cards, reviews: [] as ReviewRecord[] };
		const input = (at: Date) =>
			inputAfter(state.reviews, { cards: state.cards, now: at, settings });
		return {
			next: (at: Date) => nextCard(input(at))?.itemId,
			queue: (at: Date) => ids(buildQueue(input(at))),
			grade(at: Date, grade: Grade) {
				const current = nextCard(input(at));
				if (!current) throw new Error('nothing to grade');
				const { record, review } = scheduler.reviewRecord(current, grade, at);
				state.cards = state.cards.map((c) => (c.itemId === record.itemId ? record : c));
				state.reviews = [...state.reviews, review];
				return record;
			}
		};
	}

	it('brings a learning card back in the same session once its step is due', () => {
		const study = session([fresh('n-a'), fresh('n-b'), fresh('n-c'), due('r-1', later(-24 * 60))]);
		expect(study.next(now)).toBe('r-1');
		study.grade(now, Rating.Good);
		expect(study.next(later(1))).toBe('n-a');
		expect(study.grade(later(1), Rating.Again).card.due).toEqual(later(2));
		// n-a's 1-minute step is not due yet, so the next new card comes first.
		expect(study.next(later(1.5))).toBe('n-b');
		study.grade(later(1.5), Rating.Good); // due in 10 minutes
		// The limit of 2 is used up: n-c waits for tomorrow, and n-a is back.
		expect(study.next(later(3))).toBe('n-a');
		study.grade(later(3), Rating.Good); // next step: 10 minutes
		// Nothing due now: learn ahead, earliest step first.
		expect(study.next(later(4))).toBe('n-b');
		study.grade(later(4), Rating.Good);
		expect(study.next(later(5))).toBe('n-a');
		study.grade(later(5), Rating.Good);
		expect(study.next(later(6))).toBeUndefined();
		// Tomorrow the new-card limit starts afresh: n-c joins the queue.
		expect(study.queue(new Date(now.getTime() + dayMs))).toContain('n-c');
	});
});

describe('nextDueAt', () => {
	it('takes a learning step at its time and a review from the start of its study day', () => {
		const settings = { dayStartHour: 4 };
		const zone = 'Europe/Madrid';
		// Tomorrow 10:00 in Madrid is 08:00Z; that study day begins at 04:00 Madrid, 02:00Z.
		const review = { state: State.Review, due: new Date('2025-06-11T08:00:00Z') };
		const step = { state: State.Learning, due: new Date('2025-06-11T03:00:00Z') };
		expect(nextDueAt([review], settings, zone)).toEqual(new Date('2025-06-11T02:00:00Z'));
		expect(nextDueAt([review, step], settings, zone)).toEqual(new Date('2025-06-11T02:00:00Z'));
		expect(nextDueAt([step, { ...step, due: later(30) }], settings, zone)).toEqual(later(30));
	});

	it('ignores new cards, and is undefined with nothing scheduled', () => {
		const settings = { dayStartHour: 4 };
		expect(nextDueAt([{ state: State.New, due: now }], settings, 'UTC')).toBeUndefined();
		expect(nextDueAt([], settings, 'UTC')).toBeUndefined();
	});
});
