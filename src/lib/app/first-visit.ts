/**
 * Today on a device whose cards were never written: every item new, nothing due, no streak. Its
 * figures come from the set index and the default settings, so the first visit of `/` loads
 * neither the scheduler nor the storage readers and writers; the cards are written when a page
 * that reads them opens (storage-ready.ts).
 */
import { setIndex } from 'virtual:repaso-content';
import { defaultSettings } from '$lib/srs/settings-defaults';
import { hasCards } from '$lib/storage/card-presence';
import { appDatabase } from './database.svelte';
import type { TodayFigures } from './today';

/** Whether the learner's cards were written, asked of the app's database (opened if need be). */
export async function cardsWritten(): Promise<boolean> {
	return hasCards(await appDatabase());
}

/**
 * Today's figures before any card is written: what readToday gives once they are, with no review
 * and the settings not yet changed (only a page that writes the cards can change them).
 * @example firstVisitToday([{ id: 'a', itemIds: ['a-1', 'a-2'] }]).counts // { due: 0, learning: 0, new: 2 }
 */
export function firstVisitToday(
	sets: readonly { id: string; itemIds: readonly string[] }[] = setIndex,
	{ dailyNewLimit } = defaultSettings()
): TodayFigures {
	const items = sets.reduce((sum, set) => sum + set.itemIds.length, 0);
	return {
		counts: { due: 0, learning: 0, new: Math.min(dailyNewLimit, items) },
		streak: 0,
		reviewedToday: 0,
		progress: new Map(
			sets.map((set) => [set.id, { new: set.itemIds.length, learning: 0, mastered: 0 }])
		)
	};
}

/**
 * Today's figures at `now`: read from the database once the cards are written, else drawn as
 * above. The layout has brought written cards in step with the bank already.
 * @example const { counts } = await loadToday(new Date());
 */
export async function loadToday(now: Date): Promise<TodayFigures> {
	if (!(await cardsWritten())) return firstVisitToday();
	const { readToday } = await import('./today');
	return readToday(now);
}
