/**
 * What every page that reads the learner's cards waits for: the database open and the cards in
 * step with the question bank (on a first visit, every card written). The root layout starts it
 * without waiting, so the shell and Today are drawn first; the code that opens the database (idb,
 * the migrations) and the code that writes the cards (the scheduler, the writers) are loaded here,
 * after that paint, the second only where it is needed.
 */
import { toStorageError, type StorageErrorKind, type StorageProblem } from '$lib/storage/errors';

/** A failure to open or seed the database, as the layout shows it instead of the page. */
export interface StorageProblemData {
	kind: StorageErrorKind;
	problem: StorageProblem;
}

/**
 * Whether a route reads the learner's cards, so that they must be written before it loads: every
 * one but Today, which needs only counts and, before any card is written, draws them from the set
 * index (first-visit.ts). The one place that decides where a first visit writes the cards.
 * @example readsCards('/study/[set]') === true
 */
export function readsCards(routeId: string | null): boolean {
	return routeId !== '/';
}

/**
 * Opens the database and, where the page reads the cards or the learner has some already (so that
 * a changed bank shows on Today too), brings them in step with the bank.
 */
async function openAndReconcile(now: Date, routeId: string | null): Promise<void> {
	// Only Today asks first: a page that reads the cards loads the code that writes them at once.
	if (!readsCards(routeId)) {
		const { cardsWritten } = await import('./first-visit');
		if (!(await cardsWritten())) return;
	}
	const { startStorage } = await import('./startup');
	await startStorage(now);
}

/**
 * Resolves once the route's page can read what it needs: with null, or with the problem that
 * stopped it. It never rejects, so that every page can await it and show the problem rather than
 * fail.
 * @example const problem = await storageReady(new Date(), '/study'); // null when all went well
 */
export async function storageReady(
	now: Date,
	routeId: string | null,
	start: (now: Date, routeId: string | null) => Promise<void> = openAndReconcile
): Promise<StorageProblemData | null> {
	try {
		await start(now, routeId);
		return null;
	} catch (error) {
		const { kind, problem } = toStorageError(error);
		return { kind, problem };
	}
}
