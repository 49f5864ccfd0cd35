/** The learner's data as the study pages need it, read in one place. */
import { studyDayBounds } from '$lib/srs/day';
import type { NewOrder } from '$lib/srs/new-order';
import { learnAheadMinutes } from '$lib/srs/queue';
import type { StudySettings } from '$lib/srs/settings';
import type { CardRecord } from '$lib/srs/types';
import { totalsBetween, type TallyTotals } from '$lib/stats/review-tally';
import { getQueueCards } from '$lib/storage/cards';
import { getTallies } from '$lib/storage/reviews';
import type { RepasoDb } from '$lib/storage/schema';
import { getSettings } from '$lib/storage/settings';

export interface LearnerSnapshot {
	/** The cards today's queue can show: those due by the end of the study day and the next new ones. */
	cards: CardRecord[];
	/** Reviews and new cards so far in the current study day. */
	today: TallyTotals;
	settings: StudySettings;
	timeZone: string;
	now: Date;
	/** The order new cards come in, for the queue (the learner's setting and the bank's sets). */
	newOrder: NewOrder;
}

/** The learner's time zone, which decides when a study day begins. */
export function learnerTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface RankRange {
	first: number;
	last: number;
}

/**
 * The bank ranks of one set's items, which are consecutive: reconciliation ranks items in the
 * order of the set index. Undefined for a set not in the bank.
 * @example setRanks(setIndex, 'timeline') // { first: 120, last: 141 }
 */
export function setRanks(
	sets: readonly { id: string; itemIds: readonly string[] }[],
	setId: string
): RankRange | undefined {
	let first = 0;
	for (const set of sets) {
		if (set.id === setId) return { first, last: first + set.itemIds.length - 1 };
		first += set.itemIds.length;
	}
	return undefined;
}

/**
 * Where the cards today's queue reads end: the end of the study day, or the learn-ahead window
 * when that reaches further. Cards due from then on are for a later session.
 * @example queueEnd(now, settings, 'Europe/Madrid') // 04:00 tomorrow, Madrid time
 */
export function queueEnd(now: Date, settings: StudySettings, timeZone: string): Date {
	const day = studyDayBounds(now, settings.dayStartHour, timeZone);
	return new Date(Math.max(day.end.getTime(), now.getTime() + learnAheadMinutes * 60_000));
}

/**
 * What today's queue needs at `now`: the cards it can show (selected from the packed cards, see
 * storage's getQueueCards) and today's totals. `newRanks` limits new cards to one set's (see
 * setRanks); `starts`, where each set's ranks begin, lets the learner's new-card order mix sets.
 * @example const learner = await readLearnerFrom(db, new Date(), learnerTimeZone());
 */
export async function readLearnerFrom(
	db: RepasoDb,
	now: Date,
	timeZone: string,
	newRanks?: RankRange,
	starts: readonly number[] = []
): Promise<LearnerSnapshot> {
	const settings = await getSettings(db);
	const newOrder: NewOrder = { order: settings.newCardOrder, setStarts: starts };
	const day = studyDayBounds(now, settings.dayStartHour, timeZone);
	const [cards, tallies] = await Promise.all([
		getQueueCards(db, {
			dueBefore: queueEnd(now, settings, timeZone),
			newLimit: settings.dailyNewLimit,
			newRanks,
			newOrder
		}),
		getTallies(db, day.start, day.end)
	]);
	const today = totalsBetween(tallies, day.start, day.end);
	return { cards, today, settings, timeZone, now, newOrder };
}

/**
 * The first `limit` cards still new, in the learner's new-card order (of one set, given its
 * `newRanks`): what "Learn more" adds to a session beyond the day's limit.
 * @example await readNewCardsFrom(db, 10, setRanks(setIndex, 'timeline'), starts)
 */
export async function readNewCardsFrom(
	db: RepasoDb,
	limit: number,
	newRanks?: RankRange,
	starts: readonly number[] = []
): Promise<CardRecord[]> {
	const { newCardOrder } = await getSettings(db);
	return getQueueCards(db, {
		// Nothing is due before the epoch: new cards only.
		dueBefore: new Date(0),
		newLimit: limit,
		newRanks,
		newOrder: { order: newCardOrder, setStarts: starts }
	});
}
