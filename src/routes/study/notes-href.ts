import { resolve } from '$app/paths';

/** Where a set's study notes start: its page, scrolled to the notes. */
export function notesHref(setId: string): string {
	return `${resolve('/sets/[set]', { set: setId })}#notes`;
}
