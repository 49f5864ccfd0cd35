/**
 * The browser build's chunks. Left alone, the bundler makes a chunk for every set of routes that
 * share a module, which gave the first load of `/` some forty files, half of them under 1 KB (one
 * message each). These groups keep the framework and the interface text in one file each, put
 * everything the first page needs in one more, and merge the other screens' small shared pieces
 * into their nearest neighbour.
 */
import type { Plugin } from 'vite';

/** The route files a visit to `/` runs: the root layout, the error page and Today. */
const firstPageFiles =
	/[\\/]src[\\/]routes[\\/]\+(layout\.svelte|layout\.ts|error\.svelte|page\.svelte|page\.ts)$/;

/**
 * A barrel re-exports a whole layer for the other screens; the first page's modules import what
 * they need from its files instead, so the walk below need not go through one and bring in
 * every screen's storage code. A first-page module must not import a barrel: the barrel's chunk
 * and this group's would import each other, and a module could run before what it imports.
 */
const barrel = /[\\/]src[\\/]lib[\\/].*[\\/]index\.ts$/;

/**
 * Every module the first page imports without waiting, found from the module graph once it is
 * built. Only static imports count: what a page loads with `import()` (the backup code, another
 * language's messages) stays out of the first load.
 */
const firstPageModules = new Set<string>();

/** Records which modules the first page imports, for the `first-page` chunk group below. */
export function firstPageGraph(): Plugin {
	return {
		name: 'repaso-first-page-graph',
		applyToEnvironment: (environment) => environment.name === 'client',
		buildEnd() {
			firstPageModules.clear();
			const pending = [...this.getModuleIds()].filter((id) => firstPageFiles.test(id));
			while (pending.length > 0) {
				const id = pending.pop()!;
				if (firstPageModules.has(id) || barrel.test(id)) continue;
				firstPageModules.add(id);
				pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
			}
		}
	};
}

export const clientChunks = {
	// A group takes only the modules it names, not everything they import.
	includeDependenciesRecursively: false,
	groups: [
		{
			name: 'framework',
			test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|clsx)[\\/]/,
			priority: 30
		},
		// Every other language's catalogue is a chunk of its own, loaded only when chosen.
		{
			name: (id: string) => `messages-${/([\w-]+)\.js$/.exec(id)?.[1]}`,
			test: /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages[\\/](?!en\.js|_index\.js)[\w-]+\.js$/,
			priority: 25
		},
		{
			name: 'messages',
			test: /[\\/]src[\\/]lib[\\/](paraglide[\\/](?!messages[\\/](?!en\.js))|i18n[\\/])/,
			priority: 20
		},
		// The rest of what `/` needs, so that the first visit's code comes in one request.
		{
			name: 'first-page',
			test: (id: string) => firstPageModules.has(id) && !firstPageFiles.test(id),
			priority: 15
		},
		// The other screens' shared code, merged by which routes use it. Nothing here is in the
		// group above, so a merge can never bring a study or classroom module into the first load.
		{
			name: 'screens',
			test: /[\\/]src[\\/]lib[\\/]|[\\/]node_modules[\\/]/,
			entriesAware: true,
			entriesAwareMergeThreshold: 4096,
			priority: 10
		}
	]
};
