/**
 * Builds the bench page alone: the app's real modules through the $lib alias, without SvelteKit
 * (nothing the bench imports is a component). run.ts chooses where the build goes.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
	root: fileURLToPath(new URL('.', import.meta.url)),
	base: './',
	publicDir: false,
	logLevel: 'warn',
	resolve: {
		alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) },
		conditions: ['browser']
	},
	build: { emptyOutDir: true }
});
