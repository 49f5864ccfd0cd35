import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studyDayOf } from '$lib/srs/day';
import { studyStreak } from './streak';

const zone = 'Europe/Madrid';
const now = new Date('2025-06-10T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('studyStreak', () => {
	it('is zero with no reviews', () => {
		expect(studyStreak([], now, 4, zone)).toBe(0);
	});

	it('counts consecutive days ending today', () => {
		expect(studyStreak([hoursAgo(1), hoursAgo(25), hoursAgo(49)], now, 4, zone)).toBe(3);
	});

	it('keeps yesterday’s streak alive while today is not studied yet', () => {
		expect(studyStreak([hoursAgo(25), hoursAgo(49)], now, 4, zone)).toBe(2);
	});

	it('breaks on a missed day', () => {
		expect(studyStreak([hoursAgo(1), hoursAgo(49), hoursAgo(73)], now, 4, zone)).toBe(1);
		expect(studyStreak([hoursAgo(49)], now, 4, zone)).toBe(0);
	});

	it('counts a review before the day-start hour as part of the previous day', () => {
		// 01:30 Madrid time on 10 June belongs to the study day of 9 June when days start at 04:00.
		const lateNight = new Date('2025-06-09T23:30:00Z');
		const evening = new Date('2025-06-09T18:00:00Z');
		expect(studyStreak([lateNight, evening], now, 4, zone)).toBe(1);
		expect(studyStreak([lateNight, evening], now, 0, zone)).toBe(2);
	});
});

describe('studyStreak, grouped by quarter hour', () => {
	it('finds the same study days as working out each review on its own', () => {
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
					expect(studyStreak(times, now, hour, zone)).toBe(naive);
				}
			)
		);
	});
});
