/** The learner's history for the stats page, from the review tallies (see review-tally.ts). */
import { studyDays, type StudyDayBounds } from '$lib/srs/day';
import { quartersWithReviews, type ReviewTally } from './review-tally';
import { streakOf } from './streak';

/** How far back the history chart goes. */
export const historyDays = 365;
/** True retention is measured over this many recent days. */
export const retentionDays = 30;
/** How far ahead the due forecast looks. */
export const forecastDays = 30;

export interface StudyClock {
	now: Date;
	dayStartHour: number;
	/** The learner's IANA time zone. */
	timeZone: string;
}

export interface ReviewHistory {
	/** Reviews per study day, oldest first, today last (`historyDays` of them). */
	reviewsPerDay: number[];
	/** Milliseconds spent studying per study day, like reviewsPerDay. */
	studyMsPerDay: number[];
	/** Share of reviews of cards in the Review state not graded Again; null with no such review. */
	trueRetention: number | null;
	/** What true retention was measured on: those reviews, and how many were not graded Again. */
	retentionSample: { reviewed: number; recalled: number };
	/** Consecutive study days with a review, up to today (see streakOf). */
	streak: number;
}

/**
 * `count` consecutive study days, starting `offset` days from today (negative: in the past).
 * @example studyDaysOf(clock, -6, 7) // the last seven study days, today last
 */
export function studyDaysOf(clock: StudyClock, offset: number, count: number): StudyDayBounds[] {
	return studyDays(clock.now, clock.dayStartHour, clock.timeZone, offset, count);
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
 * Reviews and study time per day over the last year, true retention over the last 30 days and the streak, from
 * tallies covering at least the last `historyDays` (older ones are ignored). Every quarter hour lies
 * in one study day (see review-tally.ts), so it is placed by comparing instants with the days'
 * bounds: no time-zone arithmetic per review or per quarter.
 * @example reviewHistory(tallies, { now, dayStartHour: 4, timeZone: 'Europe/Madrid' }).trueRetention // 0.87
 */
export function reviewHistory(tallies: readonly ReviewTally[], clock: StudyClock): ReviewHistory {
	const days = studyDaysOf(clock, 1 - historyDays, historyDays);
	const reviewsPerDay = days.map(() => 0);
	const studyMsPerDay = days.map(() => 0);
	const retentionStart = (days[historyDays - retentionDays] as StudyDayBounds).start.getTime();
	let mature = 0;
	let recalled = 0;
	for (const quarter of quartersWithReviews(tallies)) {
		const index = dayIndex(days, quarter.start.getTime());
		if (index < 0) continue;
		reviewsPerDay[index] = (reviewsPerDay[index] ?? 0) + quarter.reviews;
		studyMsPerDay[index] = (studyMsPerDay[index] ?? 0) + quarter.studyMs;
		if (quarter.start.getTime() >= retentionStart) {
			mature += quarter.mature;
			recalled += quarter.recalled;
		}
	}
	return {
		reviewsPerDay,
		studyMsPerDay,
		trueRetention: mature === 0 ? null : recalled / mature,
		retentionSample: { reviewed: mature, recalled },
		streak: streakOf(reviewsPerDay)
	};
}
