/**
 * The app's database connection and what the learner must be told about it: another tab upgraded
 * the database (reload), an older tab blocks an upgrade (close it), or the browser deleted the
 * data since the last visit (import the last backup).
 */
import { sharedRepasoDb } from '$lib/storage/db';
import type { StorageError } from '$lib/storage/errors';
import type { RepasoDb } from '$lib/storage/schema';
import { rememberedData } from './data-memory';

class DatabaseNotices {
	/** A message to show above everything, or null. */
	notice = $state<StorageError | null>(null);
	/**
	 * The database opened empty on a device that held data (see data-memory.ts): when the last
	 * backup was exported, if ever. Null when nothing was lost, or once the learner dealt with it.
	 */
	lost = $state.raw<{ lastBackupAt: Date | null } | null>(null);
}

export const databaseNotices = new DatabaseNotices();

/** The shared connection, opened on first use with the notices wired in. */
export async function appDatabase(): Promise<RepasoDb> {
	const db = await sharedRepasoDb({
		onVersionChange: (error) => (databaseNotices.notice = error),
		onBlocked: (error) => (databaseNotices.notice = error),
		onTerminated: (error) => (databaseNotices.notice = error),
		onCreated: () => (databaseNotices.lost = rememberedData())
	});
	// An older tab held the upgrade (finishing a long import, say) and has let go: nothing to do.
	if (databaseNotices.notice?.kind === 'blocked') databaseNotices.notice = null;
	return db;
}
