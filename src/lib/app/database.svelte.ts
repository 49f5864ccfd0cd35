/** The app's database connection, opened once, with the learner's notices wired in. */
import { sharedRepasoDb } from '$lib/storage/db';
import type { RepasoDb } from '$lib/storage/schema';
import { rememberedData } from './data-memory';
import { databaseNotices } from './database-notices.svelte';

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
