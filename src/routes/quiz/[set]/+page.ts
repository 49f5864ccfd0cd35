import { appDatabase } from '$lib/app/database.svelte';
import { loadSetOr404, setEntries } from '$lib/app/set-route';
import { restorePractice } from '$lib/quiz/saved-session';
import { getQuizSession } from '$lib/storage';
import { practiceSessionId } from './practice-storage';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = setEntries;

export const load: PageLoad = async ({ params, parent }) => {
	const [set, storageProblem] = await Promise.all([
		loadSetOr404(params.set),
		parent().then((layout) => layout.storageReady)
	]);
	const stored = storageProblem
		? undefined
		: await getQuizSession(await appDatabase(), practiceSessionId(set.id));
	return { set, saved: stored ? restorePractice(stored.state, set.items) : null };
};
