import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const activeMessages = fileURLToPath(new URL('../src/lib/i18n/messages.ts', import.meta.url));

/**
 * Points every import of Paraglide's `messages.js` at `src/lib/i18n/messages.ts`, which serves the
 * active language's catalogue. Paraglide's own index imports every language statically, which
 * would put all of them in the first load; the types stay Paraglide's.
 */
export function localeMessages(): Plugin {
	return {
		name: 'repaso-locale-messages',
		enforce: 'pre',
		resolveId(source) {
			// `$lib` may already be resolved to a path by the time this runs.
			if (/(^\$lib|[\\/]src[\\/]lib)[\\/]paraglide[\\/]messages(\.js)?$/.test(source)) {
				return activeMessages;
			}
			return null;
		}
	};
}
