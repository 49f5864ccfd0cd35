/** Loads what a study session needs: today's cards and the items of the sets studied. */
import { setIndex } from 'virtual:repaso-content';
import { appDatabase } from '$lib/app/database.svelte';
import { queueEnd } from '$lib/app/learner';
import { readLearner } from '$lib/app/read-learner';
import type { Item, QuestionSet } from '$lib/content/schema';
import { countProgress, getEarliestDue } from '$lib/storage';
import type { StudyData } from './study-session.svelte';

/** The items of the given sets, by id. */
export function itemsOf(sets: readonly QuestionSet[]): Map<string, Item> {
	return new Map(sets.flatMap((set) => set.items.map((item) => [item.id, item])));
}

/**
 * Today's cards for a session over one set (`setId`) or all of them, with the items of the sets in
 * `loaded`; the session is given the other sets' items later (its `laterItems` port).
 */
export async function studyData(
	loaded: readonly QuestionSet[],
	setId?: string
): Promise<StudyData> {
	const now = new Date();
	const db = await appDatabase();
	const learner = await readLearner(now, setId);
	const studied = setId === undefined ? setIndex : setIndex.filter((set) => set.id === setId);
	const [progress, dueLater] = await Promise.all([
		countProgress(
			db,
			studied.map((set) => set.id)
		),
		getEarliestDue(db, { from: queueEnd(now, learner.settings, learner.timeZone), setId })
	]);
	return {
		cards: learner.cards,
		introducedToday: learner.today.introduced,
		settings: learner.settings,
		timeZone: learner.timeZone,
		items: itemsOf(loaded),
		itemIds: new Set(studied.flatMap((set) => set.itemIds)),
		setId,
		newOrder: learner.newOrder,
		unseen: [...progress.values()].reduce((total, counts) => total + counts.new, 0),
		dueLater
	};
}
