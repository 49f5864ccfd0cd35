/**
 * Study days: a study day runs from the start hour on one calendar date in the learner's time zone
 * to the start hour on the next, so a session past midnight still counts for the evening before.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type StudyDay = string;

export interface StudyDayBounds {
	/** First instant of the study day. */
	start: Date;
	/** First instant of the next study day. */
	end: Date;
}

interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

const dayMs = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** The wall-clock reading in `timeZone` at `instant`, written as milliseconds as if it were UTC. */
function wallClock(instant: number, timeZone: string): number {
	const parts: Record<string, number> = {};
	for (const { type, value } of wallClockFormatter(timeZone).formatToParts(instant)) {
		parts[type] = Number(value);
	}
	const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
	return (
		Date.UTC(year, month - 1, day, hour, minute, second) +
		(instant - Math.floor(instant / 1000) * 1000)
	);
}

function offsetAt(instant: number, timeZone: string): number {
	return wallClock(instant, timeZone) - instant;
}

function calendarDateOf(wall: number): CalendarDate {
	const date = new Date(wall);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function addDays({ year, month, day }: CalendarDate, days: number): CalendarDate {
	return calendarDateOf(Date.UTC(year, month - 1, day + days));
}

function format({ year, month, day }: CalendarDate): StudyDay {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first instant at which the clock in `timeZone` reads `hour`:00 or later on `date`. When DST
 * skips that hour it is the moment of the jump; when the hour happens twice it is the first time.
 */
function startOf(date: CalendarDate, hour: number, timeZone: string): number {
	const target = Date.UTC(date.year, date.month - 1, date.day, hour);
	// The offsets a day either side cover both sides of any transition near the target.
	const candidates = [target - dayMs, target, target + dayMs]
		.map((instant) => target - offsetAt(instant, timeZone))
		.sort((a, b) => a - b);
	let low = Math.min(...candidates) - dayMs;
	let high = Infinity;
	for (const candidate of candidates) {
		if (wallClock(candidate, timeZone) >= target) {
			high = candidate;
			break;
		}
		low = candidate;
	}
	if (wallClock(high, timeZone) === target) return high;
	// The clock jumped past the target: find the jump, to the second.
	while (high - low > 1000) {
		const middle = low + Math.floor((high - low) / 2000) * 1000;
		if (wallClock(middle, timeZone) >= target) high = middle;
		else low = middle;
	}
	return high;
}

function studyDateOf(now: Date, dayStartHour: number, timeZone: string): CalendarDate {
	const instant = now.getTime();
	const wall = wallClock(instant, timeZone);
	const date = calendarDateOf(wall);
	const guess = new Date(wall).getUTCHours() < dayStartHour ? addDays(date, -1) : date;
	// Where the clock falls back across the start hour (Goose Bay went from 00:01 back to 23:01), the
	// reading says yesterday although today has begun; the bounds decide, so the two always agree.
	const next = addDays(guess, 1);
	return instant >= startOf(next, dayStartHour, timeZone) ? next : guess;
}

/**
 * The study day `now` belongs to in `timeZone` (an IANA name): before `dayStartHour` it is still
 * the previous calendar day.
 * @example studyDayOf(new Date('2025-06-10T01:30:00Z'), 4, 'Europe/Madrid') // '2025-06-09' (03:30 local)
 */
export function studyDayOf(now: Date, dayStartHour: number, timeZone: string): StudyDay {
	return format(studyDateOf(now, dayStartHour, timeZone));
}

/**
 * The instants where the study day containing `now` starts and ends. A day is 23 or 25 hours long
 * when the clocks change.
 * @example
 * studyDayBounds(new Date('2025-06-10T12:00:00Z'), 4, 'Europe/Madrid')
 * // { start: 2025-06-10T02:00:00.000Z, end: 2025-06-11T02:00:00.000Z }
 */
export function studyDayBounds(now: Date, dayStartHour: number, timeZone: string): StudyDayBounds {
	const date = studyDateOf(now, dayStartHour, timeZone);
	return {
		start: new Date(startOf(date, dayStartHour, timeZone)),
		end: new Date(startOf(addDays(date, 1), dayStartHour, timeZone))
	};
}

/**
 * `count` consecutive study days, starting `offset` days from the one containing `now` (negative:
 * in the past); the same bounds studyDayBounds gives for each, found far faster for long ranges.
 * @example studyDays(now, 4, 'Europe/Madrid', -6, 7) // the last seven study days, today last
 */
export function studyDays(
	now: Date,
	dayStartHour: number,
	timeZone: string,
	offset: number,
	count: number
): StudyDayBounds[] {
	const first = addDays(studyDateOf(now, dayStartHour, timeZone), offset);
	const starts: number[] = [];
	let offsetMs = offsetAt(now.getTime(), timeZone);
	for (let index = 0; index <= count; index++) {
		const date = addDays(first, index);
		const target = Date.UTC(date.year, date.month - 1, date.day, dayStartHour);
		// Most days the offset is yesterday's: one clock reading confirms it. Where the clocks
		// changed, or the guess is off, the careful search decides.
		const guess = target - offsetMs;
		const start =
			wallClock(guess, timeZone) === target ? guess : startOf(date, dayStartHour, timeZone);
		offsetMs = target - start;
		starts.push(start);
	}
	return starts.slice(0, count).map((start, index) => ({
		start: new Date(start),
		end: new Date(starts[index + 1] as number)
	}));
}
