/** The learner's queue data from the app's own database and question bank. */
import { setIndex } from 'virtual:repaso-content';
import { setStarts } from '$lib/srs/new-order';
import { appDatabase } from './database.svelte';
import type { CardRecord } from '$lib/srs/types';
import {
	learnerTimeZone,
	readLearnerFrom,
	readNewCardsFrom,
	setRanks,
	type LearnerSnapshot,
	type RankRange
} from './learner';

/** One set's ranks; a set that is not in the bank has no new cards to offer: an empty range. */
function ranksOf(setId?: string): RankRange | undefined {
	return setId === undefined ? undefined : (setRanks(setIndex, setId) ?? { first: 0, last: -1 });
}

/**
 * Today's queue data at `now`, for one set or all of them.
 * @example const { cards, today } = await readLearner(new Date(), 'timeline');
 */
export async function readLearner(now: Date, setId?: string): Promise<LearnerSnapshot> {
	const db = await appDatabase();
	return readLearnerFrom(db, now, learnerTimeZone(), ranksOf(setId), setStarts(setIndex));
}

/**
 * The first `limit` cards still new, of one set or all, in the learner's order.
 * @example const more = await readNewCards(10, 'timeline');
 */
export async function readNewCards(limit: number, setId?: string): Promise<CardRecord[]> {
	return readNewCardsFrom(await appDatabase(), limit, ranksOf(setId), setStarts(setIndex));
}
