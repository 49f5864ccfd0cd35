import { Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { fixtureNow, reviewRecord } from '$lib/srs/fixtures';
import { historyDays, reviewHistory, studyDaysOf, type StudyClock } from './history';
import { addStudyTime, tallyReviews } from './review-tally';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
/** fixtureNow is 12:00 UTC; study days start at 04:00. */
const todayStart = fixtureNow.getTime() - 8 * hourMs;
const clock: StudyClock = { now: fixtureNow, dayStartHour: 4, timeZone: 'UTC' };

function logAt(time: number, state = State.Review, rating: Rating = Rating.Good) {
	return reviewRecord({ log: { review: new Date(time), state, rating } }).log;
}

describe('studyDaysOf', () => {
	it('gives consecutive days around today', () => {
		const days = studyDaysOf(clock, -2, 4);
		expect(days.map((day) => day.start.getTime())).toEqual(
			[-2, -1, 0, 1].map((offset) => todayStart + offset * dayMs)
		);
		expect(days.every((day) => day.end.getTime() - day.start.getTime() === dayMs)).toBe(true);
	});

	it('keeps days 23 or 25 hours long when the clocks change', () => {
		// Madrid moved to summer time at 02:00 on 2025-03-30, inside the study day before that one.
		const madrid = {
			now: new Date('2025-03-30T12:00:00Z'),
			dayStartHour: 4,
			timeZone: 'Europe/Madrid'
		};
		const [shortDay, today] = studyDaysOf(madrid, -1, 2);
		expect(shortDay?.end).toEqual(today?.start);
		expect((shortDay?.end.getTime() ?? 0) - (shortDay?.start.getTime() ?? 0)).toBe(23 * hourMs);
	});
});

describe('reviewHistory', () => {
	it('counts reviews per study day for a year, today last', () => {
		const tallies = tallyReviews([
			logAt(todayStart + hourMs),
			logAt(todayStart + 2 * hourMs),
			logAt(todayStart - hourMs),
			logAt(todayStart - historyDays * dayMs)
		]);
		const { reviewsPerDay } = reviewHistory(tallies, clock);
		expect(reviewsPerDay).toHaveLength(historyDays);
		expect(reviewsPerDay.slice(-2)).toEqual([1, 2]);
		expect(reviewsPerDay.reduce((sum, count) => sum + count, 0)).toBe(3);
	});

	it('groups by the learner’s study day, not the UTC day', () => {
		// 03:00 in Madrid (01:00Z) still belongs to yesterday's study day when days start at 04:00.
		const madrid = {
			now: new Date('2025-06-10T12:00:00Z'),
			dayStartHour: 4,
			timeZone: 'Europe/Madrid'
		};
		const tallies = tallyReviews([
			logAt(Date.parse('2025-06-10T01:00:00Z')),
			logAt(Date.parse('2025-06-10T02:00:00Z'))
		]);
		expect(reviewHistory(tallies, madrid).reviewsPerDay.slice(-2)).toEqual([1, 1]);
	});

	it('measures retention on reviews of cards in review over the last 30 days', () => {
		const review = (state: State, rating: Rating, daysAgo = 0) =>
			logAt(todayStart + hourMs - daysAgo * dayMs, state, rating);
		const tallies = tallyReviews([
			review(State.Review, Rating.Good),
			review(State.Review, Rating.Hard),
			review(State.Review, Rating.Easy),
			review(State.Review, Rating.Again),
			review(State.Learning, Rating.Again),
			review(State.Review, Rating.Again, 40)
		]);
		expect(reviewHistory(tallies, clock).trueRetention).toBe(0.75);
		expect(reviewHistory(tallies, clock).retentionSample).toEqual({ reviewed: 4, recalled: 3 });
		expect(reviewHistory([], clock).trueRetention).toBeNull();
	});

	it('adds up the time studied per study day', () => {
		const first = logAt(todayStart + hourMs);
		const second = logAt(todayStart + 2 * hourMs);
		const yesterday = logAt(todayStart - hourMs);
		// 03:00 and 05:00 UTC are one UTC day, so one tally, but two study days.
		const [tally] = tallyReviews([yesterday, first, second]);
		const timed = [
			addStudyTime(
				addStudyTime(addStudyTime(tally, yesterday.review, 50_000), first.review, 10_000),
				second.review,
				20_000
			)
		];
		const { studyMsPerDay } = reviewHistory(timed, clock);
		expect(studyMsPerDay).toHaveLength(historyDays);
		expect(studyMsPerDay.slice(-3)).toEqual([0, 50_000, 30_000]);
	});

	it('gives the streak of study days up to today', () => {
		const tallies = tallyReviews([
			logAt(todayStart + hourMs),
			logAt(todayStart - hourMs),
			logAt(todayStart - 3 * dayMs)
		]);
		expect(reviewHistory(tallies, clock).streak).toBe(2);
	});
});
