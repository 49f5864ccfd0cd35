/**
 * The content version: a short hash of the whole bank, so the app can tell which questions a
 * quiz link, a backup or a cached page was made from.
 */
import type { QuestionSet } from './schema';
import { sortSetsById } from './set-index';

/** JSON with object keys sorted at every level, so formatting and key order never change the hash. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) =>
		typeof inner === 'object' && inner !== null && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: inner
	);
}

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
	const bytes = new TextEncoder().encode(bankHashInput(sets));
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return Array.from(digest.subarray(0, 6), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
