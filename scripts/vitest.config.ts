import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { repasoContent } from './content-plugin.ts';
import { messageNumbers } from './message-numbers.ts';
import { firstLoadText } from './first-load-text.ts';
import { locales } from '../src/lib/i18n/locales.ts';

// Unit tests need only Svelte's compiler (for *.svelte.ts runes) and the $lib alias, not the app's
// build plugins, which keep watchers open.
export default defineConfig({
	plugins: [
		svelte(),
		repasoContent(),
		messageNumbers(locales),
		// Outside a build it only serves its loaders: every message keeps its text in its module.
		firstLoadText(locales)
	],
	resolve: {
		alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) },
		conditions: ['browser']
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Property tests and generated datasets take a second or two on a quiet machine and several
		// on a shared, loaded one; no unit test asserts a duration, so a long limit costs nothing.
		testTimeout: 30_000
	}
});
