import { loadSetOr404, setEntries } from '$lib/app/set-route';
import { studyData } from '../study-data';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = setEntries;

export const load: PageLoad = async ({ params, parent }) => {
	const [set, { storageProblem }] = await Promise.all([loadSetOr404(params.set), parent()]);
	return { set, study: storageProblem ? null : await studyData([set], set.id) };
};
