/** Loads what a study session needs: the learner's cards and the items of the sets studied. */
import { setIndex } from 'virtual:repaso-content';
import { readLearner } from '$lib/app/learner';
import type { QuestionSet } from '$lib/content/schema';
import type { StudyData } from './study-session.svelte';

export async function studyData(sets: readonly QuestionSet[], setId?: string): Promise<StudyData> {
	const learner = await readLearner(new Date());
	return {
		cards: learner.cards,
		reviewsToday: learner.reviewsToday,
		settings: learner.settings,
		timeZone: learner.timeZone,
		items: new Map(sets.flatMap((set) => set.items.map((item) => [item.id, item]))),
		bankOrder: setIndex.flatMap((set) => set.itemIds),
		setId
	};
}
