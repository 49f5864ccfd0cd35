/**
 * The browser build's chunks. Left alone, the bundler makes a chunk for every set of routes that
 * share a module, which gave the first load of `/` some forty files, half of them under 1 KB (one
 * message each). These groups keep the framework in one file, put everything the first page
 * needs in one more (its messages' text comes apart, one file per language: first-load-text.ts),
 * and merge the other screens' small shared pieces, their messages among them, into their nearest
 * neighbour.
 */
import type { Plugin } from 'vite';
import {
	cardEntries,
	firstLoadTextModule,
	firstPageFiles,
	firstVisitEntries,
	messageIndex,
	messageKeysNamed,
	messageModule,
	staticGraph
} from './first-load-graph.ts';

/** The message modules that a module's code names through `m`, by their ids in this build. */
function messagesUsed(code: string | null | undefined, ids: readonly string[]): string[] {
	const keys = messageKeysNamed(code);
	return ids.filter((id) => {
		const key = messageModule.exec(id)?.[1];
		return key !== undefined && keys.has(key);
	});
}

/**
 * Every module the first page imports without waiting, found from the module graph once it is
 * built. Only static imports count: what a page loads with `import()` (the backup code, another
 * language's messages) stays out of the first load.
 */
const firstPageModules = new Set<string>();

/** Every module those imports bring in that the first page does not already have. */
const firstVisitModules = new Set<string>();

/** Every module that writing and reading the cards needs beyond the two sets above. */
const cardModules = new Set<string>();

/**
 * Records which modules the first page, a first visit and the cards' code import, for the chunk
 * groups below.
 */
export function firstPageGraph(): Plugin {
	return {
		name: 'repaso-first-page-graph',
		applyToEnvironment: (environment) => environment.name === 'client',
		async buildEnd() {
			const ids = [...this.getModuleIds()];
			// Through `m`, a module imports only the messages it names.
			const importsOf = (id: string) => {
				const info = this.getModuleInfo(id);
				return (info?.importedIds ?? []).flatMap((imported) =>
					messageIndex.test(imported) ? messagesUsed(info?.code, ids) : [imported]
				);
			};
			const textModules = ids.filter((id) => firstLoadTextModule.test(id));
			const firstPage = await staticGraph(
				[...ids.filter((id) => firstPageFiles.test(id)), ...textModules],
				importsOf
			);
			textModules.forEach((id) => firstPage.delete(id));
			const firstVisit = await staticGraph(
				ids.filter((id) => firstVisitEntries.test(id)),
				importsOf
			);
			const cards = await staticGraph(
				ids.filter((id) => cardEntries.test(id)),
				importsOf
			);
			firstPageModules.clear();
			firstPage.forEach((id) => firstPageModules.add(id));
			firstVisitModules.clear();
			firstVisit.forEach((id) => firstPage.has(id) || firstVisitModules.add(id));
			cardModules.clear();
			cards.forEach((id) => firstPage.has(id) || firstVisit.has(id) || cardModules.add(id));
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
		// What a first visit loads after the first paint, with the messages it names: opening the
		// database (every page does). It imports from the group above, never the other way round.
		{
			name: 'first-visit',
			test: (id: string) => firstVisitModules.has(id),
			priority: 14
		},
		// Writing the cards and reading Today's figures from them (the scheduler, the storage
		// writers, valibot...): every screen that reads the cards shares it, and a first visit of
		// `/` never loads it. It imports from the groups above, never the other way round.
		{
			name: 'cards',
			test: (id: string) => cardModules.has(id),
			priority: 13
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
