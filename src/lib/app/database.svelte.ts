/**
 * The app's database connection and what the learner must be told about it: another tab upgraded
 * the database (reload), or an older tab blocks an upgrade (close it).
 */
import { sharedRepasoDb, type RepasoDb, type StorageError } from '$lib/storage';

class DatabaseNotices {
	/** A message to show above everything, or null. */
	notice = $state<StorageError | null>(null);
}

export const databaseNotices = new DatabaseNotices();

/** The shared connection, opened on first use with the notices wired in. */
export async function appDatabase(): Promise<RepasoDb> {
	const db = await sharedRepasoDb({
		onVersionChange: (error) => (databaseNotices.notice = error),
		onBlocked: (error) => (databaseNotices.notice = error),
		onTerminated: (error) => (databaseNotices.notice = error)
	});
	// An older tab held the upgrade (finishing a long import, say) and has let go: nothing to do.
	if (databaseNotices.notice?.kind === 'blocked') databaseNotices.notice = null;
	return db;
}
