import { appDatabase } from '$lib/app/database.svelte';
import { readClassroomQuiz } from '$lib/classroom/classroom-quiz';
import { loadAllSets } from '$lib/content/bank';
import { getQuiz } from '$lib/storage';
import type { PageLoad } from './$types';

/** `?from=<quiz key>` starts from a saved quiz's choices (Duplicate). */
export const load: PageLoad = async ({ parent, url }) => {
	const storageProblem = await (await parent()).storageReady;
	const from = url.searchParams.get('from');
	const saved = from && !storageProblem ? await getQuiz(await appDatabase(), from) : undefined;
	return { sets: await loadAllSets(), from: saved ? readClassroomQuiz(saved) : null };
};
