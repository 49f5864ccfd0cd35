import { appDatabase } from '$lib/app/database.svelte';
import { getSettings } from '$lib/storage';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const storageProblem = await (await parent()).storageReady;
	return { settings: storageProblem ? null : await getSettings(await appDatabase()) };
};
