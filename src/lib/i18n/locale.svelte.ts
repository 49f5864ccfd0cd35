import { overwriteGetLocale, overwriteSetLocale } from '$lib/paraglide/runtime.js';
import { baseLocale, localeStorageKey, pickLocale, type Locale } from './locales';
import { loadFirstLoadText } from './first-load-text';

interface LocaleEnvironment {
	read(): string | null;
	write(locale: Locale): void;
	preferred(): readonly string[];
	/** Loads what the language's messages need before they can be shown. */
	load(locale: Locale): Promise<void>;
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
	load: loadFirstLoadText,
	apply: (locale) => {
		document.documentElement.lang = locale;
	}
};

/**
 * The active interface language. It is reactive, and every message reads it through Paraglide's
 * `getLocale()` (overwritten below), so every message rendered through `m` (and every `Intl`
 * formatter built from `getLocale()`) follows a switch at once, without a reload. The first
 * screen's text comes one language at a time (src/lib/i18n/first-load-text.ts), so a language is
 * loaded before it becomes active: offline too, since the service worker keeps every file.
 */
export class LocaleState {
	#locale = $state<Locale>(baseLocale);
	#environment: LocaleEnvironment;
	#started: Promise<void> | undefined;

	constructor(environment: LocaleEnvironment = browserEnvironment) {
		this.#environment = environment;
	}

	get locale(): Locale {
		return this.#locale;
	}

	/**
	 * The language remembered on this device, or the browser's: await before the first render. Once
	 * per page load (the root layout's load runs again when the route changes): a later call keeps
	 * the language in use, chosen in Settings even where storage refused to remember it.
	 */
	start(): Promise<void> {
		this.#started ??= this.#use(
			pickLocale(this.#environment.read(), this.#environment.preferred())
		);
		this.#started.catch(() => (this.#started = undefined));
		return this.#started;
	}

	/**
	 * The learner's choice in Settings, kept on this device once its text is loaded; if it cannot
	 * be loaded, nothing changes and the promise rejects.
	 */
	async choose(locale: Locale): Promise<void> {
		await this.#use(locale);
		this.#environment.write(locale);
	}

	async #use(locale: Locale): Promise<void> {
		await this.#environment.load(locale);
		this.#locale = locale;
		this.#environment.apply(locale);
	}
}

export const i18n = new LocaleState();

// Paraglide's runtime (and code that reads `getLocale()`) answers with the active language.
overwriteGetLocale(() => i18n.locale);
overwriteSetLocale((locale) => i18n.choose(locale));
