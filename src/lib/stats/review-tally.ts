/**
 * Review counts per quarter hour, one record per UTC day, kept beside the review log so that "how
 * many today", streaks and history charts read a few hundred small records instead of every review.
 *
 * Quarter hours, because every UTC offset in use is a whole number of them and study days start on
 * the hour: a quarter hour never straddles two study days in any time zone, so the counts can be
 * regrouped into the learner's days whatever their zone or day-start hour, even after they change.
 */
import type { Rating, ReviewLog, State } from 'ts-fsrs';

/*
 * The states and the rating counted below, by their numbers, checked against ts-fsrs's when type
 * checking. Not its enums: ts-fsrs is one module, so they would bring the whole scheduler into the
 * database's opening on the first page, whose upgrades tally old logs (migrations.ts). Stored logs
 * hold these numbers, so they cannot change.
 */
const stateNew = 0 satisfies State.New;
const stateReview = 2 satisfies State.Review;
const ratingAgain = 1 satisfies Rating.Again;

export const quarterHourMs = 15 * 60_000;
const dayMs = 86_400_000;
const quartersPerDay = dayMs / quarterHourMs;

/** What each quarter hour counts. */
export const TallyCount = {
	/** Every review. */
	reviews: 0,
	/** Reviews of new cards: each is a card introduced (a card is new only until its first review). */
	introduced: 1,
	/** Reviews of cards in the Review state: the ones true retention is measured on. */
	mature: 2,
	/** Mature reviews not graded Again. */
	recalled: 3
} as const;
const countsPerQuarter = Object.keys(TallyCount).length;
/**
 * Where the milliseconds spent studying in each quarter hour start, after the counts. Tallies
 * written before study time was recorded end here: their time reads as zero.
 */
const studyTimeAt = quartersPerDay * countsPerQuarter;

export interface ReviewTally {
	/** Days since the epoch, in UTC. */
	day: number;
	/**
	 * `countsPerQuarter` counts for each of the day's 96 quarter hours, then the milliseconds spent
	 * studying in each quarter hour.
	 */
	counts: Uint32Array;
}

export interface TallyTotals {
	reviews: number;
	introduced: number;
	mature: number;
	recalled: number;
}

/** The UTC day a moment falls in, as stored in `ReviewTally.day`. @example tallyDayOf(new Date(0)) === 0 */
export function tallyDayOf(time: Date): number {
	return Math.floor(time.getTime() / dayMs);
}

/** A tally of `day` with nothing counted, or a copy of `tally`, with room for every count. */
function tallyFor(day: number, tally?: ReviewTally): ReviewTally {
	const counts = new Uint32Array(studyTimeAt + quartersPerDay);
	if (tally) counts.set(tally.counts);
	return { day, counts };
}

function quarterOf(time: Date, day: number): number {
	return Math.floor((time.getTime() - day * dayMs) / quarterHourMs);
}

function countsOf(log: Pick<ReviewLog, 'state' | 'rating'>): number[] {
	const mature = log.state === stateReview;
	return [
		1,
		log.state === stateNew ? 1 : 0,
		mature ? 1 : 0,
		mature && log.rating !== ratingAgain ? 1 : 0
	];
}

/** Adds one review's counts (`change` 1) to a day's counts, or takes them back (-1), in place. */
function addCounts(
	counts: Uint32Array,
	day: number,
	log: Pick<ReviewLog, 'state' | 'rating' | 'review'>,
	change: 1 | -1
): void {
	const quarter = quarterOf(log.review, day);
	countsOf(log).forEach((count, field) => {
		const slot = quarter * countsPerQuarter + field;
		counts[slot] = Math.max(0, (counts[slot] ?? 0) + change * count);
	});
}

/**
 * The tally with one review added (`change` 1) or taken back (-1). `tally` is the stored record for
 * the review's day, if any; it is not modified.
 * @example await store.put(countReview(await store.get(tallyDayOf(log.review)), log, 1));
 */
export function countReview(
	tally: ReviewTally | undefined,
	log: Pick<ReviewLog, 'state' | 'rating' | 'review'>,
	change: 1 | -1
): ReviewTally {
	const next = tallyFor(dayOfTally(tally, log.review), tally);
	addCounts(next.counts, next.day, log, change);
	return next;
}

function dayOfTally(tally: ReviewTally | undefined, time: Date): number {
	const day = tallyDayOf(time);
	if (tally && tally.day !== day)
		throw new RangeError(`tally of day ${tally.day} given for day ${day}`);
	return day;
}

/**
 * The tally with `ms` of study added to the quarter hour holding `at`. Undoing a review leaves its
 * time: the learner spent it.
 * @example await store.put(addStudyTime(countReview(stored, log, 1), log.review, 42_000));
 */
export function addStudyTime(tally: ReviewTally | undefined, at: Date, ms: number): ReviewTally {
	const next = tallyFor(dayOfTally(tally, at), tally);
	const slot = studyTimeAt + quarterOf(at, next.day);
	next.counts[slot] = (next.counts[slot] ?? 0) + Math.max(0, Math.round(ms));
	return next;
}

/**
 * Tallies for a whole log, by day, counted in place (an import tallies hundreds of thousands).
 * @example await Promise.all(tallyReviews(logs).map((t) => store.put(t)))
 */
export function tallyReviews(
	logs: Iterable<Pick<ReviewLog, 'state' | 'rating' | 'review'>>
): ReviewTally[] {
	const byDay = new Map<number, ReviewTally>();
	for (const log of logs) {
		const day = tallyDayOf(log.review);
		let tally = byDay.get(day);
		if (!tally) byDay.set(day, (tally = tallyFor(day)));
		addCounts(tally.counts, day, log, 1);
	}
	return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/** One quarter hour with reviews or study time in it. */
export interface QuarterCounts extends TallyTotals {
	/** Its start. */
	start: Date;
	/** Milliseconds spent studying. */
	studyMs: number;
}

/**
 * Every quarter hour with at least one review or some study time (its reviews undone), oldest first.
 * @example for (const quarter of quartersWithReviews(tallies)) perDay[dayOf(quarter.start)] += quarter.reviews;
 */
export function* quartersWithReviews(tallies: readonly ReviewTally[]): Generator<QuarterCounts> {
	for (const { day, counts } of [...tallies].sort((a, b) => a.day - b.day)) {
		for (let quarter = 0; quarter < quartersPerDay; quarter++) {
			const at = quarter * countsPerQuarter;
			const reviews = counts[at + TallyCount.reviews] ?? 0;
			const studyMs = counts[studyTimeAt + quarter] ?? 0;
			if (reviews === 0 && studyMs === 0) continue;
			yield {
				start: new Date(day * dayMs + quarter * quarterHourMs),
				reviews,
				introduced: counts[at + TallyCount.introduced] ?? 0,
				mature: counts[at + TallyCount.mature] ?? 0,
				recalled: counts[at + TallyCount.recalled] ?? 0,
				studyMs
			};
		}
	}
}

/**
 * Totals over [start, end), which must begin and end on quarter hours (study days do).
 * @example totalsBetween(tallies, day.start, day.end).introduced // new cards seen today
 */
export function totalsBetween(
	tallies: readonly ReviewTally[],
	start: Date,
	end: Date
): TallyTotals {
	const totals: TallyTotals = { reviews: 0, introduced: 0, mature: 0, recalled: 0 };
	for (const quarter of quartersWithReviews(tallies)) {
		if (quarter.start < start || quarter.start >= end) continue;
		totals.reviews += quarter.reviews;
		totals.introduced += quarter.introduced;
		totals.mature += quarter.mature;
		totals.recalled += quarter.recalled;
	}
	return totals;
}
