/** The learner's queue data from the app's own database and question bank. */
import { setIndex } from 'virtual:repaso-content';
import { setStarts } from '$lib/srs/new-order';
import { appDatabase } from './database.svelte';
import { learnerTimeZone, readLearnerFrom, setRanks, type LearnerSnapshot } from './learner';

/**
 * Today's queue data at `now`, for one set or all of them.
 * @example const { cards, today } = await readLearner(new Date(), 'timeline');
 */
export async function readLearner(now: Date, setId?: string): Promise<LearnerSnapshot> {
	// A set that is not in the bank has no new cards to offer: an empty rank range.
	const newRanks =
		setId === undefined ? undefined : (setRanks(setIndex, setId) ?? { first: 0, last: -1 });
	return readLearnerFrom(
		await appDatabase(),
		now,
		learnerTimeZone(),
		newRanks,
		setStarts(setIndex)
	);
}
