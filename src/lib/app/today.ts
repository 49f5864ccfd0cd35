/**
 * The Today page's figures, read from the database. Loaded with `import()` once the page is drawn,
 * so the queue, the history and the storage reads stay out of the first page's code.
 */
import { setIndex } from 'virtual:repaso-content';
import { dueCounts, type DueCounts } from '$lib/srs/queue';
import { historyDays, reviewHistory } from '$lib/stats/history';
import type { Progress } from '$lib/stats/progress';
import type { ReviewTally } from '$lib/stats/review-tally';
import { countProgress } from '$lib/storage/cards';
import { getTallies } from '$lib/storage/reviews';
import { appDatabase } from './database.svelte';
import type { LearnerSnapshot } from './learner';
import { readLearner } from './read-learner';

export interface TodayFigures {
	/** What today's queue holds, as Today shows it. */
	counts: DueCounts;
	/** Study days in a row with reviews, up to today (a year at most). */
	streak: number;
	/** Reviews so far in the current study day. */
	reviewedToday: number;
	/** Each set's progress by set id. */
	progress: Map<string, Progress>;
}

/**
 * Today's figures from what was read.
 * @example todayFigures(learner, tallies, progress).counts // { due: 12, learning: 2, new: 20 }
 */
export function todayFigures(
	learner: LearnerSnapshot,
	tallies: readonly ReviewTally[],
	progress: Map<string, Progress>
): TodayFigures {
	const { now, settings, timeZone } = learner;
	return {
		counts: dueCounts({ ...learner, introducedToday: learner.today.introduced }),
		streak: reviewHistory(tallies, { now, dayStartHour: settings.dayStartHour, timeZone }).streak,
		reviewedToday: learner.today.reviews,
		progress
	};
}

/**
 * Reads Today's figures at `now`; the cards must be reconciled with the bank first.
 * @example const { counts, streak } = await readToday(new Date());
 */
export async function readToday(now: Date): Promise<TodayFigures> {
	const db = await appDatabase();
	const [learner, tallies, progress] = await Promise.all([
		readLearner(now),
		// A streak longer than the history (a year) is shown as a year: older tallies are not read.
		getTallies(db, new Date(now.getTime() - historyDays * 86_400_000), now),
		countProgress(
			db,
			setIndex.map((set) => set.id)
		)
	]);
	return todayFigures(learner, tallies, progress);
}
