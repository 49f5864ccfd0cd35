import { loadAllSets } from '$lib/content/bank';
import { studyData } from './study-data';
import type { PageLoad } from './$types';

// Drawn in the browser only: the page waits for the learner's data before it draws anything.
export const ssr = false;

export const load: PageLoad = async ({ parent }) => {
	const storageProblem = await (await parent()).storageReady;
	if (storageProblem) return { study: null };
	return { study: await studyData(await loadAllSets()) };
};
