/** Served by scripts/content-plugin.ts from the set files at build time. */
declare module 'virtual:repaso-content' {
	import type { SetSummary } from '$lib/content/set-index';

	/** 12 hex digits of SHA-256 over the whole bank; changes with any edit to any set. */
	export const contentVersion: string;
	/** Every set, in id order, without its items. */
	export const setIndex: readonly SetSummary[];
}
