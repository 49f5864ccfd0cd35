import { loadAllSets } from '$lib/content/bank';
import { studyData } from './study-data';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const storageProblem = await (await parent()).storageReady;
	if (storageProblem) return { study: null };
	return { study: await studyData(await loadAllSets()) };
};
