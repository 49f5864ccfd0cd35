/** The time until a card is due, as the grade buttons show it. */

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
 * An interval in words, in the interface language: short on a button ("10 min", "1,5 h"), long
 * where it is read out ("10 minutes", "3 días").
 * @example intervalLabel({ value: 1.5, unit: 'hour' }, 'es') // '1,5 h'
 */
export function intervalLabel(
	{ value, unit }: Interval,
	locale: string,
	unitDisplay: 'short' | 'long' = 'short'
): string {
	return new Intl.NumberFormat(locale, {
		style: 'unit',
		unit,
		unitDisplay,
		maximumFractionDigits: 1
	}).format(value);
}
