import { overwriteGetLocale, overwriteSetLocale } from '$lib/paraglide/runtime.js';
import { baseLocale, localeStorageKey, pickLocale, type Locale } from './locales';

interface LocaleEnvironment {
	read(): string | null;
	write(locale: Locale): void;
	preferred(): readonly string[];
	apply(locale: Locale): void;
}

const browserEnvironment: LocaleEnvironment = {
	read: () => {
		try {
			return localStorage.getItem(localeStorageKey);
		} catch {
			return null;
		}
	},
	write: (locale) => {
		try {
			localStorage.setItem(localeStorageKey, locale);
		} catch {
			// Private windows may refuse storage: the choice then lasts for this visit only.
		}
	},
	preferred: () => navigator.languages ?? [navigator.language],
	apply: (locale) => {
		document.documentElement.lang = locale;
	}
};

/**
 * The active interface language. It is reactive, and every message reads it through Paraglide's
 * `getLocale()` (overwritten below), so every message rendered through `m` (and every `Intl`
 * formatter built from `getLocale()`) follows a switch at once, without a reload. Each message's
 * module carries its text in every language, so a switch loads nothing.
 */
export class LocaleState {
	#locale = $state<Locale>(baseLocale);
	#environment: LocaleEnvironment;

	constructor(environment: LocaleEnvironment = browserEnvironment) {
		this.#environment = environment;
	}

	get locale(): Locale {
		return this.#locale;
	}

	/** The language remembered on this device, or the browser's: call before the first render. */
	start(): void {
		this.#use(pickLocale(this.#environment.read(), this.#environment.preferred()));
	}

	/** The learner's choice in Settings, kept on this device. */
	choose(locale: Locale): void {
		this.#environment.write(locale);
		this.#use(locale);
	}

	#use(locale: Locale): void {
		this.#locale = locale;
		this.#environment.apply(locale);
	}
}

export const i18n = new LocaleState();

// Paraglide's runtime (and code that reads `getLocale()`) answers with the active language.
overwriteGetLocale(() => i18n.locale);
overwriteSetLocale((locale) => i18n.choose(locale));
