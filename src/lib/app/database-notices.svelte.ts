/**
 * What the learner must be told about the database: another tab upgraded it (reload), an older tab
 * blocks an upgrade (close it), or the browser deleted the data since the last visit (import the
 * last backup). Apart from the connection (database.svelte.ts) so that the root layout can show
 * them without loading idb and the migrations before its first paint.
 */
import type { StorageError } from '$lib/storage/errors';

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
