/** Work done once per app start, before any page reads the learner's cards. */
import { contentVersion, setIndex } from 'virtual:repaso-content';
import { reconcile } from '$lib/srs/reconcile';
import { applyReconciliation, getAllCards } from '$lib/storage/cards';
import { getMeta } from '$lib/storage/meta';
import { appDatabase } from './database.svelte';
import type { RepasoDb } from '$lib/storage/schema';

/**
 * Brings the cards in step with the question bank: new items get cards, removed items are
 * suspended with their history kept, and every active card is ranked in bank order. Needed when
 * the bank changed, and after a backup import or a reset.
 */
export async function reconcileNow(db: RepasoDb, now: Date): Promise<void> {
	const bankItems = setIndex.flatMap((set) => set.itemIds.map((id) => ({ id, setId: set.id })));
	await applyReconciliation(db, {
		...reconcile(bankItems, await getAllCards(db), now),
		stamp: { contentVersion, at: now }
	});
}

/**
 * Reconciles unless the cards were last reconciled with this very bank: then nothing can differ
 * (imports and resets reconcile by themselves), and reading every card on each start is skipped.
 */
async function reconcileIfBankChanged(db: RepasoDb, now: Date): Promise<void> {
	if ((await getMeta(db, 'contentVersion')) === contentVersion) return;
	await reconcileNow(db, now);
}

let reconciled: Promise<void> | undefined;

/** Reconciles, if the bank changed, once per page load; later calls share the first. */
export function reconcileWithBank(db: RepasoDb, now: Date): Promise<void> {
	reconciled ??= reconcileIfBankChanged(db, now);
	reconciled.catch(() => (reconciled = undefined));
	return reconciled;
}

/** Opens the app's database and reconciles it with the bank: what pages wait for before reading. */
export async function startStorage(now: Date): Promise<void> {
	await reconcileWithBank(await appDatabase(), now);
}
