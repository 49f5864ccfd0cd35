import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { repasoContent } from './content-plugin.ts';
import { webManifest } from './web-manifest.ts';

export default defineConfig({
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
			strategy: ['localStorage', 'preferredLanguage', 'baseLocale']
		}),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			// Registration is ours (src/lib/pwa) through workbox-window, so updates wait for the learner.
			injectRegister: false,
			registerType: 'prompt',
			manifest: webManifest,
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,json}',
					'prerendered/**/*.{html,json}'
				],
				navigateFallback: '/',
				cleanupOutdatedCaches: true,
				clientsClaim: true
			}
		})
	]
});
