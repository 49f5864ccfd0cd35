/**
 * The question bank at runtime: each set file is its own lazily loaded chunk, so a page pays only for
 * the sets it shows and the service worker can precache them one by one.
 *
 * No valibot parse here: the content check is the one boundary for question files, and the build
 * runs it (scripts/content-plugin.ts) and fails on any problem, so every file that ships is a valid
 * QuestionSet already. The schema forbids transforms, so the raw JSON is exactly the parsed value.
 */
import { setIdFromPath } from './paths';
import { activeItems, type QuestionSet } from './schema';

/** One dynamic import per set file, keyed by the file's path (`/questions/sets/<id>.json`). */
export type SetLoaders = Record<string, () => Promise<QuestionSet>>;

/** Thrown by {@link Bank.loadSet} for an id with no set file, e.g. a mistyped link. */
export class UnknownSetError extends Error {
	override readonly name = 'UnknownSetError';

	constructor(readonly setId: string) {
		super(`No question set "${setId}" in questions/sets`);
	}
}

export interface Bank {
	/** Every set id, sorted. */
	listSetIds(): string[];
	/** One set, its retired items left out; rejects with {@link UnknownSetError} for an unknown id. */
	loadSet(id: string): Promise<QuestionSet>;
	/** Every set, in id order. */
	loadAllSets(): Promise<QuestionSet[]>;
}

/**
 * A bank over the given loaders; the app's is {@link bank}, tests pass their own.
 *
 * @example
 * const bank = createBank({ '/questions/sets/harbour.json': async () => harbourSet() });
 * await bank.loadSet('harbour'); // → the harbour set
 */
export function createBank(loaders: SetLoaders): Bank {
	const byId = new Map(Object.entries(loaders).map(([path, load]) => [setIdFromPath(path), load]));
	const listSetIds = () => [...byId.keys()].sort();
	const loadSet = async (id: string) => {
		const load = byId.get(id);
		if (!load) throw new UnknownSetError(id);
		const set = await load();
		return { ...set, items: activeItems(set.items) };
	};
	return {
		listSetIds,
		loadSet,
		loadAllSets: () => Promise.all(listSetIds().map(loadSet))
	};
}

/** The app's bank: every file in questions/sets, each its own chunk. */
export const bank: Bank = createBank(
	import.meta.glob<QuestionSet>('/questions/sets/*.json', { import: 'default' })
);

export const { listSetIds, loadSet, loadAllSets } = bank;
