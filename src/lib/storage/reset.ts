/** Starting over: the learner's data goes, this device's own facts stay. */
import { LEARNER_META_KEYS, STORE_NAMES, type RepasoDb } from './schema';
import { transact } from './transaction';

/**
 * Deletes all cards, reviews, quizzes, results and settings, and the meta facts about them, in one
 * transaction. The install id and schema version stay. Reconcile with the bank afterwards to get
 * fresh cards.
 *
 * @example await deleteAllData(db); await reconcileNow(db, now);
 */
export function deleteAllData(db: RepasoDb): Promise<void> {
	return transact(
		db,
		STORE_NAMES,
		'readwrite',
		async (tx) => {
			for (const name of STORE_NAMES.filter((store) => store !== 'meta')) {
				await tx.objectStore(name).clear();
			}
			for (const key of LEARNER_META_KEYS) await tx.objectStore('meta').delete(key);
		},
		{ durability: 'strict' }
	);
}
