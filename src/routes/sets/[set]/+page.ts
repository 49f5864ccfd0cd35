import { readLearner } from '$lib/app/learner';
import { loadSetOr404, setEntries } from '$lib/app/set-route';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = setEntries;

export const load: PageLoad = async ({ params, parent }) => {
	const [set, { storageProblem }] = await Promise.all([loadSetOr404(params.set), parent()]);
	const learner = storageProblem ? null : await readLearner(new Date());
	return { set, cards: learner?.cards.filter((card) => card.setId === set.id) ?? [] };
};
