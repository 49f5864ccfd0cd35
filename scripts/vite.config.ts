import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { repasoContent } from './content-plugin.ts';
import { webManifest } from './web-manifest.ts';
import packageJson from '../package.json' with { type: 'json' };
import { messageNumbers } from './message-numbers.ts';
import { locales } from '../src/lib/i18n/locales.ts';
import { clientChunks, firstPageGraph } from './chunk-groups.ts';
import { firstLoadText } from './first-load-text.ts';

/**
 * The app's TypeScript modules do nothing when imported (no browser globals at the top level), so
 * an import that uses nothing from them, as through the storage barrel or Paraglide's `m`, costs
 * nothing. Paraglide's messages (and the index and `m` that re-export them), ts-fsrs, idb and
 * valibot are written the same way.
 */
function hasSideEffects(id: string): boolean {
	return !/[\\/](src[\\/]lib[\\/](.*\.ts|paraglide[\\/](messages\.js|messages[\\/].*|registry\.js))|node_modules[\\/](ts-fsrs|idb|valibot)[\\/].*)$/.test(
		id
	);
}

// Settings shows the release and the UTC day it was built, not the build's id.
process.env.VITE_APP_VERSION = packageJson.version;
process.env.VITE_BUILD_DATE ??= new Date().toISOString().slice(0, 10);

export default defineConfig({
	environments: {
		client: {
			build: {
				// Entries keep their exports, and may gain some: required by the option above.
				rolldownOptions: {
					preserveEntrySignatures: 'allow-extension',
					treeshake: { moduleSideEffects: hasSideEffects },
					output: { codeSplitting: clientChunks }
				}
			}
		}
	},
	build: {
		// The service-worker step always outlasts the bundle; its timing report is noise, not advice.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	plugins: [
		// First, so an invalid question bank stops the build before anything else runs.
		repasoContent(),
		paraglideVitePlugin({
			project: './src/lib/i18n/project.inlang',
			outdir: './src/lib/paraglide',
			outputStructure: 'message-modules',
			// The locale is chosen and kept by src/lib/i18n/locale.svelte.ts.
			strategy: ['baseLocale']
		}),
		messageNumbers(locales),
		firstLoadText(locales),
		firstPageGraph(),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			// Registration is ours (src/lib/pwa) through workbox-window, so updates wait for the learner.
			injectRegister: false,
			registerType: 'prompt',
			manifest: webManifest,
			// Precache the adapter's fallback page (written after the service worker, so it is added by
			// name) and answer every navigation without a page of its own with it, online or offline.
			kit: { adapterFallback: '404.html', spa: true },
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,json}',
					'prerendered/**/*.{html,json}'
				],
				// The README's and the install dialog's pictures of the app: the app never shows them.
				globIgnores: ['client/screenshots/**'],
				navigateFallback: '404.html',
				cleanupOutdatedCaches: true,
				clientsClaim: true
			}
		})
	]
});
