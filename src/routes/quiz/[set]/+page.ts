import { loadSetOr404, setEntries } from '$lib/app/set-route';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = setEntries;

export const load: PageLoad = async ({ params }) => ({ set: await loadSetOr404(params.set) });
