import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Hashes of the inline scripts in app.html (the theme script), which SvelteKit does not hash. */
function appHtmlScriptHashes() {
	const template = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`
	);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// 404.html boots the app for any URL that has no page of its own (static hosts serve it for
		// unknown paths; the service worker does too), so the app shows its own "not found" page.
		// SvelteKit writes its asset paths absolute, so it works at any depth. A Brotli and a gzip
		// copy sit beside each file, for hosts (and tests/static-server.ts) that send them as they are.
		adapter: adapter({ strict: true, fallback: '404.html', precompress: true }),
		version: { name: process.env.REPASO_BUILD_VERSION },
		// The first page's styles (about 9 KB) come inside each prerendered page: one request less
		// before the first paint.
		inlineStyleThreshold: 12000,
		// A static host gets the policy as a <meta> tag, with hashes of SvelteKit's inline start-up
		// script and of the theme script in app.html. Styles stay inline: Svelte writes style
		// attributes and transition keyframes at run time. frame-ancestors is ignored in a <meta>
		// tag, so hosts send it as a header (static/_headers; the test server does the same).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'media-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
