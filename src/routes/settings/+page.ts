import { appDatabase } from '$lib/app/database.svelte';
import { getSettings } from '$lib/storage';
import type { PageLoad } from './$types';

// Drawn in the browser only: the page waits for the learner's data before it draws anything.
export const ssr = false;

export const load: PageLoad = async ({ parent }) => {
	const storageProblem = await (await parent()).storageReady;
	return { settings: storageProblem ? null : await getSettings(await appDatabase()) };
};
