/** The figures behind the stats page, read the way that stays quick with years of reviews. */
import {
	forecastDays,
	historyDays,
	reviewHistory,
	studyDaysOf,
	type ReviewHistory,
	type StudyClock
} from '$lib/stats/history';
import type { Progress } from '$lib/stats/progress';
import { countDueByDay, countProgress } from '$lib/storage/cards';
import { getTallies } from '$lib/storage/reviews';
import type { RepasoDb } from '$lib/storage/schema';

export interface StatsFigures extends ReviewHistory {
	/** Cards falling due per study day, today (with everything overdue) first. */
	dueForecast: number[];
	/** Progress per set id. */
	mastery: Map<string, Progress>;
}

/**
 * History from the per-day tallies, forecast and mastery from the cards' packed facts: neither
 * the review log nor a card record is read.
 * @example const figures = await readStatsFigures(db, setIndex.map((set) => set.id), clock);
 */
export async function readStatsFigures(
	db: RepasoDb,
	setIds: readonly string[],
	clock: StudyClock
): Promise<StatsFigures> {
	const [firstDay] = studyDaysOf(clock, 1 - historyDays, 1);
	const [tallies, dueForecast, mastery] = await Promise.all([
		getTallies(db, firstDay?.start ?? clock.now, clock.now),
		countDueByDay(db, studyDaysOf(clock, 0, forecastDays)),
		countProgress(db, setIds)
	]);
	return { ...reviewHistory(tallies, clock), dueForecast, mastery };
}
