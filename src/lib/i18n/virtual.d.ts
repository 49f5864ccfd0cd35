/** Served by scripts/first-load-text.ts: one loader per language of the first screen's text. */
declare module 'virtual:repaso-first-load-text' {
	import type { Locale } from '$lib/i18n/locales';

	export const loaders: Record<
		Locale,
		() => Promise<{
			default: Record<string, (inputs: Record<string, unknown> | undefined) => string>;
		}>
	>;
}
