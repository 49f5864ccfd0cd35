import { i18n, type Catalogue } from './locale.svelte';
import { localizedNumber } from './numbers';

/**
 * The messages of the active language, with the same shape as Paraglide's `m`. The build points
 * every `$lib/paraglide/messages.js` import here (scripts/locale-messages.ts), so only the active
 * language's catalogue is loaded and a message re-renders when the language changes. Every number
 * passed in is written by `Intl.NumberFormat` in that language ("1,234" in English, "1234" and
 * "12.345" in Spanish), while a plural still selects on the number itself.
 */
export const m = new Proxy({} as Catalogue, {
	get: (_, key: string) => (inputs?: Record<string, unknown>) =>
		(i18n.catalogue[key as keyof Catalogue] as (inputs?: object) => string)(
			inputs && localizedInputs(inputs, i18n.locale)
		)
});

function localizedInputs(inputs: Record<string, unknown>, locale: string): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(inputs)) out[name] = localizedNumber(value, locale);
	return out;
}
