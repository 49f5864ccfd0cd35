import { appDatabase } from '$lib/app/database.svelte';
import { loadSetOr404, setEntries } from '$lib/app/set-route';
import { restorePractice } from '$lib/quiz/saved-session';
import { getQuizSession } from '$lib/storage';
import { practiceSessionId } from './practice-storage';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = setEntries;

export const load: PageLoad = async ({ params, parent }) => {
	const set = await loadSetOr404(params.set);
	const { storageReady } = await parent();
	// Not awaited: the title is drawn at once, and the quiz when the database says whether one was
	// left unfinished (on a first visit, after every card is written).
	const saved = storageReady.then(async (problem) => {
		if (problem) return null;
		const stored = await getQuizSession(await appDatabase(), practiceSessionId(set.id));
		return stored ? restorePractice(stored.state, set.items) : null;
	});
	return { set, saved };
};
