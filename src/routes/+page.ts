import { setIndex } from 'virtual:repaso-content';
import { readLearner } from '$lib/app/read-learner';
import { appDatabase } from '$lib/app/database.svelte';
import { historyDays } from '$lib/stats/history';
import { countProgress } from '$lib/storage/cards';
import { getTallies } from '$lib/storage/reviews';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { storageProblem } = await parent();
	if (storageProblem) return { learner: null, tallies: [], progress: new Map() };
	const now = new Date();
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
	return { learner, tallies, progress };
};
