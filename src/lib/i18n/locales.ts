/** The interface languages, the first being the one every message is written in first. */
export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];
export const baseLocale: Locale = 'en';

/** Where this device keeps the learner's choice of language. */
export const localeStorageKey = 'repaso-locale';

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The language to show: the learner's own choice if they made one on this device, otherwise the
 * first of the browser's languages that Repaso speaks (by its primary subtag), otherwise English.
 *
 * @example
 * pickLocale(null, ['es-MX', 'en-US']); // 'es'
 * pickLocale('en', ['es-MX']); // 'en'
 */
export function pickLocale(chosen: string | null, preferred: readonly string[]): Locale {
	if (isLocale(chosen)) return chosen;
	for (const tag of preferred) {
		const primary = tag.toLowerCase().split('-')[0];
		if (isLocale(primary)) return primary;
	}
	return baseLocale;
}

/** Each language named in itself, so a learner finds their own whatever the interface shows. */
export const localeNames: Record<Locale, string> = { en: 'English', es: 'Español' };
