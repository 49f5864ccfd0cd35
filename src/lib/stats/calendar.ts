/** The reviews-per-day calendar: study days laid out in weeks, each shaded by how much was done. */
import type { StudyDay } from '$lib/srs/day';

/** How many days the calendar shows, today last. */
export const calendarDays = 90;
/** Shades above "no reviews": a day's level is its share of the busiest day, in these steps. */
export const calendarLevels = 4;

export interface CalendarCell {
	date: StudyDay;
	reviews: number;
	/** 0 with no reviews; otherwise 1 to `calendarLevels`, the busiest day being the highest. */
	level: number;
}

export interface Calendar {
	/** Columns of seven rows, Monday first; null where the range does not reach (before the first day, after today). */
	weeks: (CalendarCell | null)[][];
	/** Every day in the range, oldest first (the table shows these). */
	days: CalendarCell[];
	total: number;
	/** Days with at least one review. */
	daysStudied: number;
	busiest: number;
}

const dayMs = 86_400_000;

/**
 * The calendar date `days` after `date` (before it when negative).
 * @example shiftDay('2025-03-01', -1) === '2025-02-28'
 */
export function shiftDay(date: StudyDay, days: number): StudyDay {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/**
 * Lays out the last `reviewsPerDay.length` study days, ending with `today`, as weeks from Monday.
 * @param reviewsPerDay reviews per consecutive study day, oldest first, today last
 * @example calendarOf([0, 3, 5], '2025-06-10').days.map((day) => day.level) // [0, 3, 4]
 */
export function calendarOf(reviewsPerDay: readonly number[], today: StudyDay): Calendar {
	const busiest = Math.max(0, ...reviewsPerDay);
	const days = reviewsPerDay.map((reviews, index) => ({
		date: shiftDay(today, index - (reviewsPerDay.length - 1)),
		reviews,
		level: reviews === 0 ? 0 : Math.ceil((reviews / busiest) * calendarLevels)
	}));
	const weeks: (CalendarCell | null)[][] = [];
	const first = days[0];
	// Monday is row 0: getUTCDay counts from Sunday.
	const leading = first ? (new Date(Date.parse(`${first.date}T00:00:00Z`)).getUTCDay() + 6) % 7 : 0;
	const cells: (CalendarCell | null)[] = [...Array<null>(leading).fill(null), ...days];
	for (let start = 0; start < cells.length; start += 7) {
		const week = cells.slice(start, start + 7);
		weeks.push([...week, ...Array<null>(7 - week.length).fill(null)]);
	}
	return {
		weeks,
		days,
		total: reviewsPerDay.reduce((sum, count) => sum + count, 0),
		daysStudied: reviewsPerDay.filter((count) => count > 0).length,
		busiest
	};
}
