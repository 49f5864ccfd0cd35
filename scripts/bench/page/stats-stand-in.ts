/**
 * The figures of the stats page, computed as a stats module would: there is no such module yet
 * (src/lib/stats has progress and streak only), so this stands in for it to give the page's cost.
 */
import { Rating, State } from 'ts-fsrs';
import { studyDayBounds, type StudyDayBounds } from '$lib/srs/day';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import { progressOf, type Progress } from '$lib/stats/progress';

export interface StatsInput {
	cards: readonly CardRecord[];
	/** Reviews of at least the last year, in any order; older ones are ignored. */
	reviews: readonly ReviewRecord[];
	dayStartHour: number;
	now: Date;
	timeZone: string;
}

export interface StatsFigures {
	/** Reviews per study day, oldest first, today last. */
	reviewsPerDay: number[];
	/** Share of reviews of cards in Review state not graded Again; null with no such review. */
	trueRetention: number | null;
	/** Cards falling due per study day, today (with everything overdue) first. */
	dueForecast: number[];
	/** Progress per set id. */
	mastery: Map<string, Progress>;
}

export const historyDays = 365;
export const retentionDays = 30;
export const forecastDays = 30;

/**
 * `count` consecutive study days, starting `offset` days from the one containing `now` (negative:
 * in the past). One bounds computation per day, never one per review.
 * @example studyDays(now, 4, 'Europe/Madrid', -6, 7) // the last seven study days, today last
 */
export function studyDays(
	now: Date,
	dayStartHour: number,
	timeZone: string,
	offset: number,
	count: number
): StudyDayBounds[] {
	const before = (day: StudyDayBounds) =>
		studyDayBounds(new Date(day.start.getTime() - 1), dayStartHour, timeZone);
	const after = (day: StudyDayBounds) => studyDayBounds(day.end, dayStartHour, timeZone);
	let first = studyDayBounds(now, dayStartHour, timeZone);
	for (let step = 0; step > offset; step--) first = before(first);
	for (let step = 0; step < offset; step++) first = after(first);
	const days = [first];
	for (let last = first; days.length < count; days.push(last)) last = after(last);
	return days;
}

/** Index of the day holding `time`, or -1 outside them all; `days` are consecutive. */
function dayIndex(days: readonly StudyDayBounds[], time: number): number {
	let low = 0;
	let high = days.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const day = days[middle] as StudyDayBounds;
		if (time < day.start.getTime()) high = middle - 1;
		else if (time >= day.end.getTime()) low = middle + 1;
		else return middle;
	}
	return -1;
}

/**
 * Reviews per day over the last year, true retention over the last 30 days, the 30-day due
 * forecast and per-set progress, in one pass over the reviews and one over the cards.
 * @example statsFigures({ cards, reviews, dayStartHour: 4, now, timeZone: 'Europe/Madrid' }).trueRetention // 0.87
 */
export function statsFigures(input: StatsInput): StatsFigures {
	const { cards, reviews, dayStartHour, now, timeZone } = input;
	const history = studyDays(now, dayStartHour, timeZone, 1 - historyDays, historyDays);
	const reviewsPerDay = history.map(() => 0);
	const retentionStart = (history[historyDays - retentionDays] as StudyDayBounds).start.getTime();
	let reviewed = 0;
	let recalled = 0;
	for (const { log } of reviews) {
		const index = dayIndex(history, log.review.getTime());
		if (index < 0) continue;
		reviewsPerDay[index] = (reviewsPerDay[index] ?? 0) + 1;
		if (log.review.getTime() >= retentionStart && log.state === State.Review) {
			reviewed++;
			if (log.rating !== Rating.Again) recalled++;
		}
	}

	const forecast = studyDays(now, dayStartHour, timeZone, 0, forecastDays);
	const dueForecast = forecast.map(() => 0);
	const today = forecast[0] as StudyDayBounds;
	const bySet = new Map<string, CardRecord[]>();
	for (const record of cards) {
		const inSet = bySet.get(record.setId);
		if (inSet) inSet.push(record);
		else bySet.set(record.setId, [record]);
		if (record.suspended || record.card.state === State.New) continue;
		const due = Math.max(record.card.due.getTime(), today.start.getTime());
		const index = dayIndex(forecast, due);
		if (index >= 0) dueForecast[index] = (dueForecast[index] ?? 0) + 1;
	}

	return {
		reviewsPerDay,
		trueRetention: reviewed === 0 ? null : recalled / reviewed,
		dueForecast,
		mastery: new Map([...bySet].map(([setId, records]) => [setId, progressOf(records)]))
	};
}
