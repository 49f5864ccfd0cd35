import { describe, expect, it } from 'vitest';
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
