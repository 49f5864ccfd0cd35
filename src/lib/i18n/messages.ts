import { i18n, type Catalogue } from './locale.svelte';

/**
 * The messages of the active language, with the same shape as Paraglide's `m`. The build points
 * every `$lib/paraglide/messages.js` import here (scripts/locale-messages.ts), so only the active
 * language's catalogue is loaded and a message re-renders when the language changes.
 */
export const m = new Proxy({} as Catalogue, {
	get: (_, key: string) => (inputs?: object) =>
		(i18n.catalogue[key as keyof Catalogue] as (inputs?: object) => string)(inputs)
});
