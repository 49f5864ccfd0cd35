import fc from 'fast-check';
import { Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { studyDayOf } from '$lib/srs/day';
import { reviewHistory } from './history';
import { tallyReviews } from './review-tally';
import { streakOf } from './streak';

const zone = 'Europe/Madrid';
const now = new Date('2025-06-10T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

/** The streak as the app works it out: reviews tallied, regrouped into the learner's study days. */
function streakAt(times: readonly Date[], dayStartHour = 4, timeZone = zone): number {
	const logs = times.map((review) => ({ review, state: State.Review, rating: Rating.Good }));
	return reviewHistory(tallyReviews(logs), { now, dayStartHour, timeZone }).streak;
}

describe('streakOf', () => {
	it('counts studied days back from today, or from yesterday while today is empty', () => {
		expect(streakOf([])).toBe(0);
		expect(streakOf([0, 0])).toBe(0);
		expect(streakOf([1, 2, 3])).toBe(3);
		expect(streakOf([1, 0, 2, 4, 0])).toBe(2);
		expect(streakOf([5, 0, 0])).toBe(0);
	});
});

describe('the study streak', () => {
	it('is zero with no reviews', () => {
		expect(streakAt([])).toBe(0);
	});

	it('counts consecutive days ending today', () => {
		expect(streakAt([hoursAgo(1), hoursAgo(25), hoursAgo(49)])).toBe(3);
	});

	it('keeps yesterday’s streak alive while today is not studied yet', () => {
		expect(streakAt([hoursAgo(25), hoursAgo(49)])).toBe(2);
	});

	it('breaks on a missed day', () => {
		expect(streakAt([hoursAgo(1), hoursAgo(49), hoursAgo(73)])).toBe(1);
		expect(streakAt([hoursAgo(49)])).toBe(0);
	});

	it('counts a review before the day-start hour as part of the previous day', () => {
		// 01:30 Madrid time on 10 June belongs to the study day of 9 June when days start at 04:00.
		const lateNight = new Date('2025-06-09T23:30:00Z');
		const evening = new Date('2025-06-09T18:00:00Z');
		expect(streakAt([lateNight, evening], 4)).toBe(1);
		expect(streakAt([lateNight, evening], 0)).toBe(2);
	});

	it('finds the same study days from quarter-hour tallies as from each review on its own', () => {
		const zones = ['Europe/Madrid', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham'];
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 20 * 86_400_000 }), { maxLength: 60 }),
				fc.constantFrom(...zones),
				fc.integer({ min: 0, max: 23 }),
				(offsets, zone, hour) => {
					const times = offsets.map((offset) => new Date(now.getTime() - offset));
					// The naive count: consecutive days back from today (or yesterday) with a review.
					const days = new Set(times.map((time) => studyDayOf(time, hour, zone)));
					let day = new Date(`${studyDayOf(now, hour, zone)}T00:00:00Z`);
					if (!days.has(day.toISOString().slice(0, 10))) day.setUTCDate(day.getUTCDate() - 1);
					let naive = 0;
					while (days.has(day.toISOString().slice(0, 10))) {
						naive++;
						day = new Date(day.getTime() - 86_400_000);
					}
					expect(streakAt(times, hour, zone)).toBe(naive);
				}
			)
		);
	});
});
