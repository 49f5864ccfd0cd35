/** How the summary says when the next cards are due: soon in minutes, else by day and time. */
import { studyDayOf } from '$lib/srs/day';
import { shiftDay } from '$lib/stats/calendar';

export type DueWhen =
	{ kind: 'minutes'; minutes: number } | { kind: 'today' | 'tomorrow' | 'later'; at: Date };

/**
 * Within the hour, in whole minutes (at least 1); otherwise today, tomorrow or a later date, by
 * the calendar of `timeZone`.
 * @example dueWhen(inTenMinutes, now, 'Europe/Madrid') // { kind: 'minutes', minutes: 10 }
 */
export function dueWhen(at: Date, now: Date, timeZone: string): DueWhen {
	const ms = at.getTime() - now.getTime();
	if (ms < 3_600_000) return { kind: 'minutes', minutes: Math.max(1, Math.ceil(ms / 60_000)) };
	const today = studyDayOf(now, 0, timeZone);
	const day = studyDayOf(at, 0, timeZone);
	if (day === today) return { kind: 'today', at };
	if (day === shiftDay(today, 1)) return { kind: 'tomorrow', at };
	return { kind: 'later', at };
}
