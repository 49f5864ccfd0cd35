import { appDatabase } from '$lib/app/database.svelte';
import { loadSetOr404, setEntries } from '$lib/app/set-route';
import { countProgress } from '$lib/storage';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = setEntries;

export const load: PageLoad = async ({ params, parent }) => {
	const [set, { storageProblem }] = await Promise.all([loadSetOr404(params.set), parent()]);
	const counts = storageProblem ? null : await countProgress(await appDatabase(), [set.id]);
	return { set, progress: counts?.get(set.id) ?? { new: 0, learning: 0, mastered: 0 } };
};
