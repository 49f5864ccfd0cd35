import { appDatabase } from '$lib/app/database.svelte';
import { loadSetOr404, setEntries } from '$lib/app/set-route';
import { countProgress, quizHistory } from '$lib/storage';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = setEntries;

export const load: PageLoad = async ({ params, parent }) => {
	const [set, storageProblem] = await Promise.all([
		loadSetOr404(params.set),
		parent().then((layout) => layout.storageReady)
	]);
	const db = storageProblem ? null : await appDatabase();
	const [counts, history] = db
		? await Promise.all([countProgress(db, [set.id]), quizHistory(db, set.id)])
		: [null, []];
	return {
		set,
		progress: counts?.get(set.id) ?? { new: 0, learning: 0, mastered: 0 },
		quizHistory: history
	};
};
