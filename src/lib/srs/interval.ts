/** Short human labels for the time until a card is due, as shown on the grade buttons. */

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** An interval in the largest unit that reads well; `value` is whole for minutes and days. */
export interface Interval {
	value: number;
	unit: IntervalUnit;
}

const minuteMs = 60_000;
// Anki's conventions, which learners of spaced repetition already know from their buttons.
const daysPerMonth = 30;
const daysPerYear = 365;

const suffixes: Record<IntervalUnit, string> = {
	minute: 'm',
	hour: 'h',
	day: 'd',
	month: 'mo',
	year: 'y'
};

function oneDecimal(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * The interval between two instants in one unit, rounded the way a button label needs.
 * @example describeInterval(new Date('2025-01-01'), new Date('2025-03-05')) // { value: 2.1, unit: 'month' }
 */
export function describeInterval(from: Date, to: Date): Interval {
	const minutes = (to.getTime() - from.getTime()) / minuteMs;
	// A step is never under a minute; rounding down to "0m" would read as "now".
	if (Math.round(minutes) < 60) return { value: Math.max(1, Math.round(minutes)), unit: 'minute' };
	const hours = minutes / 60;
	if (oneDecimal(hours) < 24) return { value: oneDecimal(hours), unit: 'hour' };
	const days = hours / 24;
	if (Math.round(days) < daysPerMonth) return { value: Math.round(days), unit: 'day' };
	if (days < daysPerYear) return { value: oneDecimal(days / daysPerMonth), unit: 'month' };
	return { value: oneDecimal(days / daysPerYear), unit: 'year' };
}

/**
 * A compact label for the interval between two instants: "1m", "10m", "1.5h", "3d", "2.1mo", "1.2y".
 * @example intervalLabel(new Date('2025-01-01T10:00Z'), new Date('2025-01-01T10:10Z')) // '10m'
 */
export function intervalLabel(from: Date, to: Date): string {
	const { value, unit } = describeInterval(from, to);
	return `${value}${suffixes[unit]}`;
}
