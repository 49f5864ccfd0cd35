import { readLearner } from '$lib/app/learner';
import { appDatabase } from '$lib/app/database.svelte';
import { reviewTimesSince } from '$lib/storage';
import type { PageLoad } from './$types';

/** A streak longer than a year is still shown as a year: older reviews are not read. */
const streakWindowMs = 366 * 86_400_000;

export const load: PageLoad = async ({ parent }) => {
	const { storageProblem } = await parent();
	if (storageProblem) return { learner: null, reviewTimes: [] };
	const now = new Date();
	const [learner, times] = await Promise.all([
		readLearner(now),
		appDatabase().then((db) => reviewTimesSince(db, new Date(now.getTime() - streakWindowMs)))
	]);
	return { learner, reviewTimes: times };
};
