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
export function appDatabase(): Promise<RepasoDb> {
	return sharedRepasoDb({
		onVersionChange: (error) => (databaseNotices.notice = error),
		onBlocked: (error) => (databaseNotices.notice = error),
		onTerminated: (error) => (databaseNotices.notice = error)
	});
}
