import { browser } from '$app/environment';
import { parseThemeChoice, resolveTheme, themeStorageKey, type ThemeChoice } from './theme';

interface ThemeEnvironment {
	storage: Pick<Storage, 'getItem' | 'setItem'>;
	darkQuery: MediaQueryList;
	root: HTMLElement;
}

function browserEnvironment(): ThemeEnvironment {
	return {
		storage: localStorage,
		darkQuery: matchMedia('(prefers-color-scheme: dark)'),
		root: document.documentElement
	};
}

/**
 * While a page is prerendered there is no learner: the theme is the default, and app.html's inline
 * script sets the real one on <html> before the prerendered page is painted.
 */
function prerenderEnvironment(): ThemeEnvironment {
	return {
		storage: { getItem: () => null, setItem: () => {} },
		darkQuery: { matches: false, addEventListener: () => {} } as unknown as MediaQueryList,
		root: { dataset: {} } as HTMLElement
	};
}

/** The learner's theme: remembered on this device and applied to <html data-theme>. */
export class ThemeState {
	#env: ThemeEnvironment;
	#choice = $state<ThemeChoice>('system');
	#systemDark = $state(false);

	readonly resolved = $derived(resolveTheme(this.#choice, this.#systemDark));

	constructor(env: ThemeEnvironment = browser ? browserEnvironment() : prerenderEnvironment()) {
		this.#env = env;
		this.#choice = parseThemeChoice(readSafely(env.storage));
		this.#systemDark = env.darkQuery.matches;
		env.darkQuery.addEventListener('change', (event) => {
			this.#systemDark = event.matches;
			this.#apply();
		});
		this.#apply();
	}

	get choice(): ThemeChoice {
		return this.#choice;
	}

	set choice(choice: ThemeChoice) {
		this.#choice = choice;
		try {
			this.#env.storage.setItem(themeStorageKey, choice);
		} catch {
			// Storage can be unavailable (private modes); the choice still holds for this visit.
		}
		this.#apply();
	}

	#apply(): void {
		this.#env.root.dataset.theme = resolveTheme(this.#choice, this.#systemDark);
	}
}

function readSafely(storage: ThemeEnvironment['storage']): string | null {
	try {
		return storage.getItem(themeStorageKey);
	} catch {
		return null;
	}
}
