import { describe, expect, it } from 'vitest';
import { describeInterval, intervalLabel, type Interval } from './interval';

const from = new Date('2025-06-10T12:00:00Z');
const minutes = (n: number) => new Date(from.getTime() + n * 60_000);
const days = (n: number) => minutes(n * 24 * 60);
const interval = (value: number, unit: Interval['unit']): Interval => ({ value, unit });

describe('describeInterval', () => {
	it.each([
		[minutes(1), interval(1, 'minute')],
		[minutes(10), interval(10, 'minute')],
		[minutes(59), interval(59, 'minute')],
		[minutes(60), interval(1, 'hour')],
		[minutes(90), interval(1.5, 'hour')],
		[minutes(23 * 60 + 54), interval(23.9, 'hour')],
		[days(1), interval(1, 'day')],
		[days(3), interval(3, 'day')],
		[days(29), interval(29, 'day')],
		[days(30), interval(1, 'month')],
		[days(63), interval(2.1, 'month')],
		[days(364), interval(12.1, 'month')],
		[days(365), interval(1, 'year')],
		[days(438), interval(1.2, 'year')],
		[days(36500), interval(100, 'year')]
	])('describes %s as %o', (to, expected) => {
		expect(describeInterval(from, to)).toEqual(expected);
	});

	it('never gives less than a minute', () => {
		expect(describeInterval(from, from)).toEqual(interval(1, 'minute'));
		expect(describeInterval(from, new Date(from.getTime() + 20_000))).toEqual(
			interval(1, 'minute')
		);
	});

	it('moves to the next unit instead of a rounded-up 60 minutes or 24 hours', () => {
		expect(describeInterval(from, new Date(minutes(59).getTime() + 40_000))).toEqual(
			interval(1, 'hour')
		);
		expect(describeInterval(from, minutes(23 * 60 + 58))).toEqual(interval(1, 'day'));
	});
});

describe('intervalLabel', () => {
	it('writes the interval in the interface language, short for buttons', () => {
		expect(intervalLabel(interval(10, 'minute'), 'en')).toBe('10 min');
		expect(intervalLabel(interval(1.5, 'hour'), 'en')).toMatch(/^1\.5\shr$/);
		expect(intervalLabel(interval(10, 'minute'), 'es')).toBe('10 min');
		expect(intervalLabel(interval(1.5, 'hour'), 'es')).toMatch(/^1,5\sh$/);
		expect(intervalLabel(interval(3, 'day'), 'es')).toMatch(/^3\sd$/);
	});

	it('spells the unit out in full where the label is read aloud', () => {
		expect(intervalLabel(interval(3, 'day'), 'en', 'long')).toBe('3 days');
		expect(intervalLabel(interval(1, 'day'), 'en', 'long')).toBe('1 day');
		expect(intervalLabel(interval(3, 'day'), 'es', 'long')).toBe('3 días');
		expect(intervalLabel(interval(2.1, 'month'), 'es', 'long')).toBe('2,1 meses');
		expect(intervalLabel(interval(1, 'year'), 'es', 'long')).toBe('1 año');
	});
});
