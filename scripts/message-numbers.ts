import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const numbers = fileURLToPath(new URL('../src/lib/i18n/numbers.ts', import.meta.url));

/** One of Paraglide's message modules (`--output-structure message-modules`), not its index. */
const messageModule = /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages[\\/](?!_index\.js)\w+\.js$/;

/**
 * Where a message module hands its inputs to the chosen language's text:
 * `if (locale === "es") return es_key(inputs)` and `return en_key(inputs)`.
 */
const dispatch = /\breturn (\w+)\(inputs\)/g;

/**
 * Makes every number a message is given print as its language writes it ("1,234" in English,
 * "1234" and "12.345" in Spanish) while a plural still selects on the number itself
 * (`localizedInputs` in src/lib/i18n/numbers.ts). Paraglide has no hook for a message's inputs, so
 * this rewrites the one line of each message module that passes them on; a Paraglide release that
 * writes that line otherwise stops the build here rather than printing raw numbers.
 */
export function messageNumbers(locales: readonly string[]): Plugin {
	return {
		name: 'repaso-message-numbers',
		transform(code, id) {
			if (!messageModule.test(id)) return null;
			const found = code.match(dispatch)?.length ?? 0;
			if (found !== locales.length) {
				this.error(
					`${id}: expected ${locales.length} places where the message passes its inputs on, found ${found}`
				);
			}
			const rewritten = code.replace(dispatch, 'return $1(localizedInputs(inputs, locale))');
			return {
				// On the first line, so that every other line keeps its number.
				code: `import { localizedInputs } from ${JSON.stringify(numbers)}; ${rewritten}`,
				map: null
			};
		}
	};
}
