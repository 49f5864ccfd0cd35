/** Work done once per app start, before any page reads the learner's cards. */
import { contentVersion, setIndex } from 'virtual:repaso-content';
import { reconcile } from '$lib/srs/reconcile';
import { applyReconciliation, getAllCards, type RepasoDb } from '$lib/storage';

/**
 * Brings the cards in step with the question bank: new items get cards, removed items are
 * suspended with their history kept. Needed at start-up and after a backup import.
 */
export async function reconcileNow(db: RepasoDb, now: Date): Promise<void> {
	const bankItems = setIndex.flatMap((set) => set.itemIds.map((id) => ({ id, setId: set.id })));
	await applyReconciliation(db, {
		...reconcile(bankItems, await getAllCards(db), now),
		stamp: { contentVersion, at: now }
	});
}

let reconciled: Promise<void> | undefined;

/** {@link reconcileNow} once per page load; later calls share the first. */
export function reconcileWithBank(db: RepasoDb, now: Date): Promise<void> {
	reconciled ??= reconcileNow(db, now);
	reconciled.catch(() => (reconciled = undefined));
	return reconciled;
}
