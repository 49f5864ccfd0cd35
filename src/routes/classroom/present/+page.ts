import { appDatabase } from '$lib/app/database.svelte';
import { savedQuizWithItems } from '../saved-quiz';
import type { PageLoad } from './$types';

/** `?quiz=<quiz key>`: the quiz to project and its items. */
export const load: PageLoad = async ({ parent, url }) => {
	const storageProblem = await (await parent()).storageReady;
	if (storageProblem) return { found: null };
	return { found: await savedQuizWithItems(await appDatabase(), url) };
};
