import { describe, expect, it } from 'vitest';
import { describeInterval, intervalLabel } from './interval';

const from = new Date('2025-06-10T12:00:00Z');
const minutes = (n: number) => new Date(from.getTime() + n * 60_000);
const days = (n: number) => minutes(n * 24 * 60);

describe('intervalLabel', () => {
	it.each([
		[minutes(1), '1m'],
		[minutes(10), '10m'],
		[minutes(59), '59m'],
		[minutes(60), '1h'],
		[minutes(90), '1.5h'],
		[minutes(23 * 60 + 54), '23.9h'],
		[days(1), '1d'],
		[days(3), '3d'],
		[days(29), '29d'],
		[days(30), '1mo'],
		[days(63), '2.1mo'],
		[days(364), '12.1mo'],
		[days(365), '1y'],
		[days(438), '1.2y'],
		[days(36500), '100y']
	])('labels %s as %s', (to, label) => {
		expect(intervalLabel(from, to)).toBe(label);
	});

	it('never shows less than a minute', () => {
		expect(intervalLabel(from, from)).toBe('1m');
		expect(intervalLabel(from, new Date(from.getTime() + 20_000))).toBe('1m');
	});

	it('moves to the next unit instead of showing a rounded-up 60m or 24h', () => {
		expect(intervalLabel(from, new Date(minutes(59).getTime() + 40_000))).toBe('1h');
		expect(intervalLabel(from, minutes(23 * 60 + 58))).toBe('1d');
	});
});

describe('describeInterval', () => {
	it('gives the value and unit separately, for translated labels', () => {
		expect(describeInterval(from, days(63))).toEqual({ value: 2.1, unit: 'month' });
		expect(describeInterval(from, minutes(10))).toEqual({ value: 10, unit: 'minute' });
	});
});
