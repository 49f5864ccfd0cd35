/**
 * The browser build's chunks. Left alone, the bundler makes a chunk for every set of routes that
 * share a module, which gave the first load of `/` some forty files, half of them under 1 KB (one
 * message each). These groups keep the framework in one file, put everything the first page
 * needs (with the messages it shows, in every language) in one more, and merge the other screens'
 * small shared pieces, their messages among them, into their nearest neighbour.
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
 * Paraglide's `m` (`messages.js`) and the index behind it re-export every message of the app, one
 * module each. The walk below does not go through them: it takes, from each first-page module
 * that imports `m`, the messages it names (`m.today_title`), so the first load carries those and
 * no other screen's.
 */
const messageIndex = /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages(\.js|[\\/]_index\.js)$/;

/** The message modules that a module's code names through `m`, by their ids in this build. */
function messagesUsed(code: string | null | undefined, ids: readonly string[]): string[] {
	const keys = new Set([...(code ?? '').matchAll(/\bm\.(\w+)/g)].map((match) => match[1]));
	return ids.filter((id) => {
		const key = /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages[\\/](\w+)\.js$/.exec(id)?.[1];
		return key !== undefined && key !== '_index' && keys.has(key);
	});
}

/**
 * Every module the first page imports without waiting, found from the module graph once it is
 * built. Only static imports count: what a page loads with `import()` (the backup code, another
 * language's messages) stays out of the first load.
 */
const firstPageModules = new Set<string>();

/**
 * What the first page loads with `import()` once it is drawn: opening and seeding the database
 * (src/lib/app/startup.ts) and reading Today's figures (src/lib/app/today.ts). A first visit
 * needs them at once, so they come as one chunk, not merged into the other screens' pieces.
 */
const firstVisitEntries = /[\\/]src[\\/]lib[\\/]app[\\/](startup|today)\.ts$/;

/** Every module those imports bring in that the first page does not already have. */
const firstVisitModules = new Set<string>();

/** The modules reached from `from` through static imports, stopping at barrels. */
function staticGraph(
	from: readonly string[],
	importsOf: (id: string) => readonly string[]
): Set<string> {
	const reached = new Set<string>();
	const pending = [...from];
	while (pending.length > 0) {
		const id = pending.pop()!;
		if (reached.has(id) || barrel.test(id)) continue;
		reached.add(id);
		pending.push(...importsOf(id));
	}
	return reached;
}

/** Records which modules the first page and a first visit import, for the chunk groups below. */
export function firstPageGraph(): Plugin {
	return {
		name: 'repaso-first-page-graph',
		applyToEnvironment: (environment) => environment.name === 'client',
		buildEnd() {
			const ids = [...this.getModuleIds()];
			// Through `m`, a module imports only the messages it names.
			const importsOf = (id: string) => {
				const info = this.getModuleInfo(id);
				return (info?.importedIds ?? []).flatMap((imported) =>
					messageIndex.test(imported) ? messagesUsed(info?.code, ids) : [imported]
				);
			};
			const firstPage = staticGraph(
				ids.filter((id) => firstPageFiles.test(id)),
				importsOf
			);
			const firstVisit = staticGraph(
				ids.filter((id) => firstVisitEntries.test(id)),
				importsOf
			);
			firstPageModules.clear();
			firstPage.forEach((id) => firstPageModules.add(id));
			firstVisitModules.clear();
			firstVisit.forEach((id) => firstPage.has(id) || firstVisitModules.add(id));
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
		// The rest of what `/` needs, so that the first visit's code and text come in one request.
		{
			name: 'first-page',
			test: (id: string) => firstPageModules.has(id) && !firstPageFiles.test(id),
			priority: 15
		},
		// What a first visit loads after the first paint, with the messages it names; the screens
		// that read the learner's cards share it. It imports from the group above, never the other
		// way round.
		{
			name: 'first-visit',
			test: (id: string) => firstVisitModules.has(id),
			priority: 14
		},
		// The other screens' shared code and messages, merged by which routes use them. Nothing here
		// is in the group above, so a merge can never bring a study or classroom module into the
		// first load. The threshold counts source bytes, and a message module's source is mostly
		// type comments: at 6 KB no screen loads more than 0.2 KB above what it did with one
		// catalogue per language (at 8 KB /study/[set] loaded 6.5 KB more; at 4 KB there were three
		// more chunks under 1 KB). Figures in docs/performance.md.
		{
			name: 'screens',
			test: /[\\/]src[\\/]lib[\\/]|[\\/]node_modules[\\/]/,
			entriesAware: true,
			entriesAwareMergeThreshold: 6144,
			priority: 10
		}
	]
};
