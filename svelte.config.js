import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readdirSync } from 'node:fs';

/** Every question set gets its own prerendered pages, so a deep link opens offline. */
const setIds = readdirSync(new URL('./questions/sets', import.meta.url))
	.filter((file) => file.endsWith('.json'))
	.map((file) => file.replace(/\.json$/, ''));

const setRoutes = setIds.flatMap((id) => [`/study/${id}`, `/quiz/${id}`, `/sets/${id}`]);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		prerender: { entries: ['*', ...setRoutes] },
		version: { name: process.env.REPASO_BUILD_VERSION }
	}
};

export default config;
