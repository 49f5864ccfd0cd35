import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rating, State, type ReviewLog } from 'ts-fsrs';
import {
	addStudyTime,
	countReview,
	quarterHourMs,
	quartersWithReviews,
	tallyDayOf,
	tallyReviews,
	totalsBetween,
	type ReviewTally,
	type TallyTotals
} from './review-tally';

type TalliedLog = Pick<ReviewLog, 'state' | 'rating' | 'review'>;

const dayMs = 86_400_000;
/** Midnight UTC starting a day, and that day as tallies number it. */
const MIDNIGHT = new Date('2025-03-02T00:00:00.000Z');
const DAY = MIDNIGHT.getTime() / dayMs;

function at(iso: string, state: State = State.Review, rating: Rating = Rating.Good): TalliedLog {
	return { review: new Date(iso), state, rating };
}

/** What the tallies should say about these logs, counted straight from the rules. */
function directTotals(logs: readonly TalliedLog[]): TallyTotals {
	const mature = logs.filter((log) => log.state === State.Review);
	return {
		reviews: logs.length,
		introduced: logs.filter((log) => log.state === State.New).length,
		mature: mature.length,
		recalled: mature.filter((log) => log.rating !== Rating.Again).length
	};
}

function tallyAll(logs: readonly TalliedLog[]): Map<number, ReviewTally> {
	const byDay = new Map<number, ReviewTally>();
	for (const log of logs) {
		byDay.set(tallyDayOf(log.review), countReview(byDay.get(tallyDayOf(log.review)), log, 1));
	}
	return byDay;
}

const noReviews: TallyTotals = { reviews: 0, introduced: 0, mature: 0, recalled: 0 };

/** Reviews over five days around MIDNIGHT, at any millisecond. */
const logArbitrary: fc.Arbitrary<TalliedLog> = fc.record(
	{
		review: fc
			.integer({ min: -2 * dayMs, max: 3 * dayMs - 1 })
			.map((offset) => new Date(MIDNIGHT.getTime() + offset)),
		state: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
		rating: fc.constantFrom(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)
	},
	{ noNullPrototype: true }
);

describe('tallyDayOf', () => {
	it('numbers UTC days from the epoch', () => {
		expect(tallyDayOf(new Date(0))).toBe(0);
		expect(tallyDayOf(new Date(-1))).toBe(-1);
		expect(tallyDayOf(new Date(MIDNIGHT.getTime() - 1))).toBe(DAY - 1);
		expect(tallyDayOf(MIDNIGHT)).toBe(DAY);
	});
});

describe('countReview', () => {
	it('counts a review in its UTC day and quarter hour: the last millisecond and midnight differ', () => {
		const late = countReview(undefined, at('2025-03-01T23:59:59.999Z'), 1);
		const midnight = countReview(undefined, at('2025-03-02T00:00:00.000Z'), 1);

		expect(late.day).toBe(DAY - 1);
		expect(midnight.day).toBe(DAY);
		expect([...quartersWithReviews([late, midnight])].map((quarter) => quarter.start)).toEqual([
			new Date('2025-03-01T23:45:00.000Z'),
			new Date('2025-03-02T00:00:00.000Z')
		]);
	});

	it('puts reviews 15 minutes apart in neighbouring quarters, and within 15 minutes together', () => {
		const logs = [
			at('2025-03-02T09:00:00.000Z'),
			at('2025-03-02T09:14:59.999Z'),
			at('2025-03-02T09:15:00.000Z')
		];
		expect(
			[...quartersWithReviews(tallyReviews(logs))].map(({ start, reviews }) => [start, reviews])
		).toEqual([
			[new Date('2025-03-02T09:00:00.000Z'), 2],
			[new Date('2025-03-02T09:15:00.000Z'), 1]
		]);
	});

	it.each([
		[State.New, Rating.Again, { reviews: 1, introduced: 1, mature: 0, recalled: 0 }],
		[State.New, Rating.Easy, { reviews: 1, introduced: 1, mature: 0, recalled: 0 }],
		[State.Learning, Rating.Good, { reviews: 1, introduced: 0, mature: 0, recalled: 0 }],
		[State.Relearning, Rating.Good, { reviews: 1, introduced: 0, mature: 0, recalled: 0 }],
		[State.Review, Rating.Again, { reviews: 1, introduced: 0, mature: 1, recalled: 0 }],
		[State.Review, Rating.Hard, { reviews: 1, introduced: 0, mature: 1, recalled: 1 }],
		[State.Review, Rating.Easy, { reviews: 1, introduced: 0, mature: 1, recalled: 1 }]
	])('counts a review of a card in state %i graded %i as %o', (state, rating, totals) => {
		const tally = countReview(undefined, at('2025-03-02T10:00:00.000Z', state, rating), 1);
		expect(totalsBetween([tally], MIDNIGHT, new Date(MIDNIGHT.getTime() + dayMs))).toEqual(totals);
	});

	it('takes a review back exactly with -1, leaving the tally it was given as it was', () => {
		const before = tallyReviews([
			at('2025-03-02T10:00:00.000Z', State.Review, Rating.Good),
			at('2025-03-02T10:05:00.000Z', State.New, Rating.Again)
		])[0] as ReviewTally;
		const copy = structuredClone(before);
		const log = at('2025-03-02T10:10:00.000Z', State.Review, Rating.Hard);

		const counted = countReview(before, log, 1);
		const undone = countReview(counted, log, -1);

		expect(undone).toEqual(before);
		expect(counted).not.toEqual(before);
		expect(before).toEqual(copy);
	});

	it('never counts below zero, and leaves the other quarters and counts alone', () => {
		const tally = countReview(undefined, at('2025-03-02T10:00:00.000Z', State.New), 1);
		const uncounted = countReview(tally, at('2025-03-02T10:00:00.000Z', State.Review), -1);

		expect(
			countReview(undefined, at('2025-03-02T10:00:00.000Z'), -1).counts.every((n) => n === 0)
		).toBe(true);
		expect([...quartersWithReviews([uncounted])]).toEqual([]);
		expect(Math.max(...uncounted.counts)).toBe(1);
		expect(countReview(tally, at('2025-03-02T12:00:00.000Z'), -1).counts).toEqual(tally.counts);
	});

	it('refuses the tally of another day', () => {
		const tally = countReview(undefined, at('2025-03-01T23:59:59.999Z'), 1);
		expect(() => countReview(tally, at('2025-03-02T00:00:00.000Z'), 1)).toThrow(RangeError);
	});
});

describe('tallyReviews', () => {
	it('makes one tally per UTC day with reviews, oldest first', () => {
		const tallies = tallyReviews([
			at('2025-03-03T08:00:00.000Z'),
			at('2025-03-01T08:00:00.000Z'),
			at('2025-03-03T09:00:00.000Z')
		]);
		expect(tallies.map((tally) => tally.day)).toEqual([DAY - 1, DAY + 1]);
		expect(tallyReviews([])).toEqual([]);
	});

	it('equals counting the reviews one at a time, in any order', () => {
		fc.assert(
			fc.property(
				fc
					.array(logArbitrary, { maxLength: 60 })
					.chain((logs) =>
						fc.tuple(fc.constant(logs), fc.shuffledSubarray(logs, { minLength: logs.length }))
					),
				([logs, shuffled]) => {
					const expected = tallyReviews(logs);
					const byDay = (map: Map<number, ReviewTally>) =>
						[...map.values()].sort((a, b) => a.day - b.day);
					expect(byDay(tallyAll(logs))).toEqual(expected);
					expect(byDay(tallyAll(shuffled))).toEqual(expected);
				}
			)
		);
	});

	it('after taking back some of the reviews, has the counts of the rest', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(logArbitrary, fc.boolean()), { maxLength: 60 }), (marked) => {
				const byDay = tallyAll(marked.map(([log]) => log));
				for (const [log, undo] of marked) {
					if (undo)
						byDay.set(
							tallyDayOf(log.review),
							countReview(byDay.get(tallyDayOf(log.review)), log, -1)
						);
				}
				const kept = marked.filter(([, undo]) => !undo).map(([log]) => log);
				expect([...quartersWithReviews([...byDay.values()])]).toEqual([
					...quartersWithReviews(tallyReviews(kept))
				]);
			})
		);
	});
});

describe('quartersWithReviews', () => {
	it('lists only quarters with reviews, oldest first, whatever the order of the tallies', () => {
		const tallies = tallyReviews([
			at('2025-03-03T00:20:00.000Z', State.New),
			at('2025-03-02T23:50:00.000Z', State.Review, Rating.Again),
			at('2025-03-02T23:55:00.000Z', State.Review, Rating.Good)
		]).reverse();
		expect([...quartersWithReviews(tallies)]).toEqual([
			{
				start: new Date('2025-03-02T23:45:00.000Z'),
				reviews: 2,
				introduced: 0,
				mature: 2,
				recalled: 1,
				studyMs: 0
			},
			{
				start: new Date('2025-03-03T00:15:00.000Z'),
				reviews: 1,
				introduced: 1,
				mature: 0,
				recalled: 0,
				studyMs: 0
			}
		]);
	});
});

describe('totalsBetween', () => {
	it('counts a study day that spans two UTC days (UTC+05:45, day starting at 04:00)', () => {
		const start = new Date('2025-03-01T22:15:00.000Z');
		const end = new Date('2025-03-02T22:15:00.000Z');
		const logs = [
			at('2025-03-01T22:14:59.999Z', State.New), // the study day before
			at('2025-03-01T22:15:00.000Z', State.New),
			at('2025-03-01T23:59:59.999Z', State.Review, Rating.Again),
			at('2025-03-02T00:00:00.000Z', State.Review, Rating.Good),
			at('2025-03-02T22:14:59.999Z', State.Learning),
			at('2025-03-02T22:15:00.000Z', State.New) // the study day after
		];

		expect(totalsBetween(tallyReviews(logs), start, end)).toEqual({
			reviews: 4,
			introduced: 1,
			mature: 2,
			recalled: 1
		});
	});

	it('is all zeros without tallies, or for an empty range', () => {
		const tallies = tallyReviews([at('2025-03-02T10:00:00.000Z')]);
		expect(totalsBetween([], MIDNIGHT, new Date(MIDNIGHT.getTime() + dayMs))).toEqual(noReviews);
		expect(totalsBetween(tallies, MIDNIGHT, MIDNIGHT)).toEqual(noReviews);
	});

	it('equals counting the reviews in [start, end) for any quarter-hour bounds', () => {
		const quarters = (5 * dayMs) / quarterHourMs;
		const first = MIDNIGHT.getTime() - 2 * dayMs;
		fc.assert(
			fc.property(
				fc.array(logArbitrary, { maxLength: 80 }),
				fc.integer({ min: 0, max: quarters }),
				fc.integer({ min: 0, max: quarters }),
				(logs, a, b) => {
					const start = new Date(first + Math.min(a, b) * quarterHourMs);
					const end = new Date(first + Math.max(a, b) * quarterHourMs);
					const inRange = logs.filter((log) => log.review >= start && log.review < end);
					expect(totalsBetween(tallyReviews(logs), start, end)).toEqual(directTotals(inRange));
				}
			)
		);
	});
});

describe('addStudyTime', () => {
	it('adds time to the quarter hour it was spent in, beside the counts, leaving the given tally as it was', () => {
		const counted = countReview(undefined, at('2025-03-02T10:05:00.000Z'), 1);
		const copy = structuredClone(counted);
		const timed = addStudyTime(
			addStudyTime(counted, new Date('2025-03-02T10:05:00.000Z'), 12_000),
			new Date('2025-03-02T10:14:00.000Z'),
			8_000.4
		);
		expect(counted).toEqual(copy);
		expect([...quartersWithReviews([timed])]).toEqual([
			{
				start: new Date('2025-03-02T10:00:00.000Z'),
				reviews: 1,
				introduced: 0,
				mature: 1,
				recalled: 1,
				studyMs: 20_000
			}
		]);
	});

	it('keeps the time when the review is taken back, so the quarter still shows', () => {
		const log = at('2025-03-02T10:05:00.000Z');
		const timed = addStudyTime(countReview(undefined, log, 1), log.review, 30_000);
		const undone = countReview(timed, log, -1);
		expect(
			[...quartersWithReviews([undone])].map(({ reviews, studyMs }) => [reviews, studyMs])
		).toEqual([[0, 30_000]]);
	});

	it('reads a tally stored before time was recorded as no time, and can add to it', () => {
		const log = at('2025-03-02T10:05:00.000Z');
		const counted = countReview(undefined, log, 1);
		const old: ReviewTally = { day: counted.day, counts: counted.counts.slice(0, 96 * 4) };
		expect([...quartersWithReviews([old])][0]?.studyMs).toBe(0);
		const recounted = countReview(old, log, 1);
		expect([...quartersWithReviews([recounted])][0]?.reviews).toBe(2);
		expect([...quartersWithReviews([addStudyTime(old, log.review, 5_000)])][0]?.studyMs).toBe(
			5_000
		);
	});

	it('refuses the tally of another day', () => {
		const tally = countReview(undefined, at('2025-03-01T23:59:59.999Z'), 1);
		expect(() => addStudyTime(tally, MIDNIGHT, 1_000)).toThrow(RangeError);
	});
});
