import { setIndex } from 'virtual:repaso-content';
import { loadSet } from '$lib/content/bank';
import { itemsOf, studyData } from './study-data';
import { firstCard } from './study-session.svelte';
import type { PageLoad } from './$types';

// Drawn in the browser only: the page waits for the learner's data before it draws anything.
export const ssr = false;

export const load: PageLoad = async ({ parent }) => {
	// A first visit starts with the bank's first set, so its file is fetched while the cards are
	// written (a failure shows when the set is needed, not here). Each set file is a module, so
	// asking for it again later fetches nothing more.
	if (setIndex[0]) loadSet(setIndex[0].id).catch(() => {});
	const storageProblem = await (await parent()).storageReady;
	if (storageProblem) return { study: null, laterItems: null };
	const study = await studyData([]);
	// The page waits for the first card's set only: the others come after it is drawn.
	const first = firstCard(study, new Date());
	const loaded = first ? [await loadSet(first.setId)] : [];
	const laterItems = async () => itemsOf(await Promise.all(setIndex.map((set) => loadSet(set.id))));
	return { study: { ...study, items: itemsOf(loaded) }, laterItems };
};
