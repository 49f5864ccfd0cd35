/**
 * The content version: a short hash of the whole bank, so the app can tell which questions a
 * quiz link, a backup or a cached page was made from.
 */
import { canonicalJson, sha256Hex } from '../util/hash.ts';
import type { QuestionSet } from './schema.ts';
import { sortSetsById } from './set-index.ts';

/** The hash input: every set in id order, canonical. */
export function bankHashInput(sets: readonly QuestionSet[]): string {
	return canonicalJson(sortSetsById(sets));
}

/**
 * The first 12 hex digits of the SHA-256 of {@link bankHashInput}: the same bank gives the same
 * version whatever the file order or formatting, and any edit to any item changes it.
 *
 * @example await contentVersion(sets) // → '3f9a0c21b7e4'
 */
export async function contentVersion(sets: readonly QuestionSet[]): Promise<string> {
	return (await sha256Hex(bankHashInput(sets))).slice(0, 12);
}
