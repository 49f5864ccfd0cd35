/**
 * What the first visit to `/` loads, as the build's module graph sees it. The chunk groups
 * (chunk-groups.ts) and the per-language text of the first load (first-load-text.ts) both walk
 * the graph from here.
 */
import { resolve } from 'node:path';

/** The route files a visit to `/` runs: the root layout, the error page and Today. */
const firstPageFileNames = [
	'+layout.svelte',
	'+layout.ts',
	'+error.svelte',
	'+page.svelte',
	'+page.ts'
];

export const firstPageFiles =
	/[\\/]src[\\/]routes[\\/]\+(layout\.svelte|layout\.ts|error\.svelte|page\.svelte|page\.ts)$/;

/**
 * What the first page loads with `import()` once it is drawn on a first visit: opening the
 * database and, no card being written yet, Today's figures without them (src/lib/app/first-visit.ts).
 */
const firstVisitEntryFiles = ['src/lib/app/first-visit.ts'];

export const firstVisitEntries = /[\\/]src[\\/]lib[\\/]app[\\/]first-visit\.ts$/;

/**
 * Writing the cards (src/lib/app/startup.ts) and reading Today's figures from them
 * (src/lib/app/today.ts): every page that reads the cards loads them after its first paint, and
 * Today once the cards are written, but a first visit of Today does not.
 */
export const cardEntries = /[\\/]src[\\/]lib[\\/]app[\\/](startup|today)\.ts$/;

/** The ids the first load starts from, for a walk that runs before the graph is complete. */
export function firstLoadEntryIds(root: string): string[] {
	return [
		...firstPageFileNames.map((name) => resolve(root, 'src/routes', name)),
		...firstVisitEntryFiles.map((file) => resolve(root, file))
	];
}

/**
 * A barrel re-exports a whole layer for the other screens; the first page's modules import what
 * they need from its files instead, so a walk need not go through one and bring in every
 * screen's storage code. A first-page module must not import a barrel: the barrel's chunk and the
 * first page's would import each other, and a module could run before what it imports.
 */
export const barrel = /[\\/]src[\\/]lib[\\/].*[\\/]index\.ts$/;

/**
 * Paraglide's `m` (`messages.js`) and the index behind it re-export every message of the app, one
 * module each. A walk does not go through them: it takes, from each module that imports `m`, the
 * messages it names (`m.today_title`).
 */
export const messageIndex = /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages(\.js|[\\/]_index\.js)$/;

/** One message's module, with its key (the message's name) as the first group. */
export const messageModule =
	/[\\/]src[\\/]lib[\\/]paraglide[\\/]messages[\\/](?!_index\.js)(\w+)\.js$/;

/**
 * A module of one language's text of the first load (first-load-text.ts). It comes with
 * `import()`, so it is not in the first page's chunk, but what it imports is.
 */
export const firstLoadTextModule = /^\0virtual:repaso-first-load-text\/\w+$/;

/** The keys of the messages a module's code names through `m`. */
export function messageKeysNamed(code: string | null | undefined): Set<string> {
	return new Set([...(code ?? '').matchAll(/\bm\.(\w+)/g)].map((match) => match[1]));
}

/** The modules reached from `from` through static imports, stopping at barrels. */
export async function staticGraph(
	from: readonly string[],
	importsOf: (id: string) => readonly string[] | Promise<readonly string[]>
): Promise<Set<string>> {
	const reached = new Set<string>();
	let pending = [...from];
	while (pending.length > 0) {
		const fresh = [...new Set(pending)].filter((id) => !reached.has(id) && !barrel.test(id));
		fresh.forEach((id) => reached.add(id));
		pending = (await Promise.all(fresh.map(importsOf))).flat();
	}
	return reached;
}
