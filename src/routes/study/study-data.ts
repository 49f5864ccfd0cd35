/** Loads what a study session needs: today's cards and the items of the sets studied. */
import { readLearner } from '$lib/app/read-learner';
import type { QuestionSet } from '$lib/content/schema';
import type { StudyData } from './study-session.svelte';

export async function studyData(sets: readonly QuestionSet[], setId?: string): Promise<StudyData> {
	const learner = await readLearner(new Date(), setId);
	return {
		cards: learner.cards,
		introducedToday: learner.today.introduced,
		settings: learner.settings,
		timeZone: learner.timeZone,
		items: new Map(sets.flatMap((set) => set.items.map((item) => [item.id, item]))),
		setId,
		newOrder: learner.newOrder
	};
}
