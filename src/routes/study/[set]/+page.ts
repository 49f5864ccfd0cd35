import { appDatabase } from '$lib/app/database.svelte';
import { loadSetOr404, setEntries } from '$lib/app/set-route';
import { countProgress } from '$lib/storage';
import { studyData } from '../study-data';
import type { EntryGenerator, PageLoad } from './$types';

// Drawn in the browser only: the page waits for the learner's data before it draws anything.
export const ssr = false;

export const entries: EntryGenerator = setEntries;

export const load: PageLoad = async ({ params, parent }) => {
	const [set, storageProblem] = await Promise.all([
		loadSetOr404(params.set),
		parent().then((layout) => layout.storageReady)
	]);
	if (storageProblem) return { set, study: null, firstTime: false };
	const [study, progress] = await Promise.all([
		studyData([set], set.id),
		countProgress(await appDatabase(), [set.id])
	]);
	const seen = progress.get(set.id);
	// A set none of whose cards was ever reviewed is new to the learner: offer its notes first.
	return { set, study, firstTime: !seen || seen.learning + seen.mastered === 0 };
};
