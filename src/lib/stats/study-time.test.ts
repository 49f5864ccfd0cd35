import { describe, expect, it } from 'vitest';
import { fixtureNow } from '$lib/srs/fixtures';
import { cardStudyTime, durationOf, maxCardMs } from './study-time';

const after = (ms: number) => new Date(fixtureNow.getTime() + ms);

describe('cardStudyTime', () => {
	it('is the time from showing to grading', () => {
		expect(cardStudyTime(fixtureNow, after(14_250))).toBe(14_250);
	});

	it('counts a long pause as the most one card may take, and a clock set back as nothing', () => {
		expect(cardStudyTime(fixtureNow, after(3_600_000))).toBe(maxCardMs);
		expect(cardStudyTime(fixtureNow, after(-5_000))).toBe(0);
	});
});

describe('durationOf', () => {
	it('splits into hours and minutes, rounding to the minute', () => {
		expect(durationOf(5_430_000)).toEqual({ hours: 1, minutes: 31, underAMinute: false });
		expect(durationOf(89_000)).toEqual({ hours: 0, minutes: 1, underAMinute: false });
		expect(durationOf(3_570_000)).toEqual({ hours: 1, minutes: 0, underAMinute: false });
	});

	it('tells a few seconds apart from no time at all', () => {
		expect(durationOf(20_000)).toEqual({ hours: 0, minutes: 0, underAMinute: true });
		expect(durationOf(0)).toEqual({ hours: 0, minutes: 0, underAMinute: false });
	});
});
