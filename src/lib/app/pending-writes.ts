/**
 * Writes the learner already saw as done that may still be running: the study session shows the
 * next card while a review is stored. A reload for an update waits for them, because unloading the
 * page aborts a transaction that has not committed yet.
 */
const sources = new Set<() => Promise<void>>();

/**
 * Makes reloads wait for `settled` (resolves once every write started so far is stored or failed).
 * Returns the function that lets go.
 *
 * @example $effect(() => holdReloadsFor(() => session.settled()));
 */
export function holdReloadsFor(settled: () => Promise<void>): () => void {
	sources.add(settled);
	return () => sources.delete(settled);
}

/** Resolves once every write held so far is stored or failed. */
export async function writesSettled(): Promise<void> {
	await Promise.allSettled([...sources].map((settled) => settled()));
}
