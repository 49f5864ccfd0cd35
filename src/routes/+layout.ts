import { browser } from '$app/environment';
import { i18n } from '$lib/i18n/locale.svelte';
import { appDatabase } from '$lib/app/database.svelte';
import { reconcileWithBank } from '$lib/app/startup';
import { toStorageError } from '$lib/storage/errors';
import type { LayoutLoad } from './$types';

// Every page is prerendered as an app shell; learner data lives in IndexedDB, read in the browser.
export const prerender = true;
export const ssr = false;

export const load: LayoutLoad = async () => {
	// The interface language is known (and its messages loaded) before anything renders.
	if (browser) await i18n.start();
	try {
		await reconcileWithBank(await appDatabase(), new Date());
		return { storageProblem: null };
	} catch (error) {
		const problem = toStorageError(error);
		return { storageProblem: { kind: problem.kind, problem: problem.problem } };
	}
};
