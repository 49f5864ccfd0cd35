/**
 * What every page that reads the learner's cards waits for: the database open and the cards in
 * step with the question bank (on a first visit, every card written). The root layout starts it
 * without waiting, so the shell and Today are drawn first; the code that opens and seeds the
 * database (idb, the migrations, the writers, the scheduler) is loaded here, after that paint.
 */
import { toStorageError, type StorageErrorKind, type StorageProblem } from '$lib/storage/errors';

/** A failure to open or seed the database, as the layout shows it instead of the page. */
export interface StorageProblemData {
	kind: StorageErrorKind;
	problem: StorageProblem;
}

async function openAndReconcile(now: Date): Promise<void> {
	const { startStorage } = await import('./startup');
	await startStorage(now);
}

/**
 * Resolves once the cards can be read: with null, or with the problem that stopped it. It never
 * rejects, so that every page can await it and show the problem rather than fail.
 * @example const problem = await storageReady(new Date()); // null when all went well
 */
export async function storageReady(
	now: Date,
	start: (now: Date) => Promise<void> = openAndReconcile
): Promise<StorageProblemData | null> {
	try {
		await start(now);
		return null;
	} catch (error) {
		const { kind, problem } = toStorageError(error);
		return { kind, problem };
	}
}
