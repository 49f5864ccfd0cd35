/** Shared by the routes that take a set id: which ids to prerender, and loading one set. */
import { error } from '@sveltejs/kit';
import { setIndex } from 'virtual:repaso-content';
import { loadSet, UnknownSetError } from '$lib/content/bank';
import type { QuestionSet } from '$lib/content/schema';

/** Every set gets its own prerendered page, so a deep link opens cold and offline. */
export function setEntries(): { set: string }[] {
	return setIndex.map((set) => ({ set: set.id }));
}

/** The set named in the URL; an unknown id is a 404, not a crash. */
export async function loadSetOr404(id: string): Promise<QuestionSet> {
	try {
		return await loadSet(id);
	} catch (cause) {
		if (cause instanceof UnknownSetError) error(404, cause.message);
		throw cause;
	}
}
