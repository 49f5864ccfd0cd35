/** Loads what a study session needs: today's cards and the items of the sets studied. */
import { setIndex } from 'virtual:repaso-content';
import { appDatabase } from '$lib/app/database.svelte';
import { queueEnd } from '$lib/app/learner';
import { readLearner } from '$lib/app/read-learner';
import type { QuestionSet } from '$lib/content/schema';
import { countProgress, getEarliestDue } from '$lib/storage';
import type { StudyData } from './study-session.svelte';

export async function studyData(sets: readonly QuestionSet[], setId?: string): Promise<StudyData> {
	const now = new Date();
	const db = await appDatabase();
	const learner = await readLearner(now, setId);
	const [progress, dueLater] = await Promise.all([
		countProgress(db, setId === undefined ? setIndex.map((set) => set.id) : [setId]),
		getEarliestDue(db, { from: queueEnd(now, learner.settings, learner.timeZone), setId })
	]);
	return {
		cards: learner.cards,
		introducedToday: learner.today.introduced,
		settings: learner.settings,
		timeZone: learner.timeZone,
		items: new Map(sets.flatMap((set) => set.items.map((item) => [item.id, item]))),
		setId,
		newOrder: learner.newOrder,
		unseen: [...progress.values()].reduce((total, counts) => total + counts.new, 0),
		dueLater
	};
}
