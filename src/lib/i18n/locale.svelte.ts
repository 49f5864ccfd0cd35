import * as en from '$lib/paraglide/messages/en.js';
import { overwriteGetLocale, overwriteSetLocale } from '$lib/paraglide/runtime.js';
import { baseLocale, localeStorageKey, pickLocale, type Locale } from './locales';

export type Catalogue = typeof en;

/**
 * Only English ships with the first load; another language is its own chunk, fetched when chosen
 * (and precached by the service worker, so switching works offline).
 */
const catalogues: Record<Locale, () => Promise<Catalogue>> = {
	en: async () => en,
	es: () => import('$lib/paraglide/messages/es.js')
};

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
 * The active interface language and its messages. Both are reactive, so every message rendered
 * through `m` (and every `Intl` formatter built from `getLocale()`) follows a switch at once,
 * without a reload.
 */
export class LocaleState {
	#locale = $state<Locale>(baseLocale);
	#catalogue = $state.raw<Catalogue>(en);
	#environment: LocaleEnvironment;

	constructor(environment: LocaleEnvironment = browserEnvironment) {
		this.#environment = environment;
	}

	get locale(): Locale {
		return this.#locale;
	}

	get catalogue(): Catalogue {
		return this.#catalogue;
	}

	/** The language remembered on this device, or the browser's: call before the first render. */
	async start(): Promise<void> {
		await this.#use(pickLocale(this.#environment.read(), this.#environment.preferred()));
	}

	/** The learner's choice in Settings, kept on this device. */
	async choose(locale: Locale): Promise<void> {
		this.#environment.write(locale);
		await this.#use(locale);
	}

	async #use(locale: Locale): Promise<void> {
		const catalogue = await catalogues[locale]();
		this.#catalogue = catalogue;
		this.#locale = locale;
		this.#environment.apply(locale);
	}
}

export const i18n = new LocaleState();

// Paraglide's runtime (and code that reads `getLocale()`) answers with the active language.
overwriteGetLocale(() => i18n.locale);
overwriteSetLocale((locale) => void i18n.choose(locale));
