/** Study streaks: consecutive study days with at least one review. */
import { studyDayOf } from '$lib/srs/day';

/**
 * Every UTC offset in use is a whole number of quarter hours and days start on the hour, so all
 * instants in one quarter hour share a study day: the day is worked out once per quarter hour
 * rather than once per review (time-zone arithmetic is the slow part with a year of reviews).
 */
const quarterHourMs = 15 * 60_000;

/** The calendar day before `day` ('YYYY-MM-DD'), computed in UTC so time zones cannot shift it. */
function previousDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

/**
 * How many study days in a row, ending today, had a review. A streak still counts while today is
 * not yet studied, as long as yesterday was: the learner has until the day ends.
 * @example studyStreak([yesterday, today].map(...), now, 4, 'Europe/Madrid') === 2
 */
export function studyStreak(
	reviewTimes: readonly Date[],
	now: Date,
	dayStartHour: number,
	timeZone: string
): number {
	const quarters = new Set(reviewTimes.map((time) => Math.floor(time.getTime() / quarterHourMs)));
	const days = new Set(
		[...quarters].map((quarter) =>
			studyDayOf(new Date(quarter * quarterHourMs), dayStartHour, timeZone)
		)
	);
	let day = studyDayOf(now, dayStartHour, timeZone);
	if (!days.has(day)) day = previousDay(day);
	let streak = 0;
	while (days.has(day)) {
		streak++;
		day = previousDay(day);
	}
	return streak;
}
