import { appDatabase } from '$lib/app/database.svelte';
import { loadSetOr404, setEntries } from '$lib/app/set-route';
import { countProgress, quizHistory } from '$lib/storage';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = setEntries;

export const load: PageLoad = async ({ params, parent }) => {
	const set = await loadSetOr404(params.set);
	const { storageReady } = await parent();
	// Not awaited: the set's notes and questions come with its code and are drawn at once; the
	// learner's progress and quiz history fill in when the database answers (on a first visit, after
	// every card is written). Null when the database failed (the layout shows why).
	const learner = storageReady.then(async (problem) => {
		if (problem) return null;
		const db = await appDatabase();
		const [counts, history] = await Promise.all([
			countProgress(db, [set.id]),
			quizHistory(db, set.id)
		]);
		return {
			progress: counts.get(set.id) ?? { new: 0, learning: 0, mastered: 0 },
			quizHistory: history
		};
	});
	return { set, learner };
};
