import { setIndex } from 'virtual:repaso-content';
import { appDatabase } from '$lib/app/database.svelte';
import { learnerTimeZone } from '$lib/app/learner';
import { readStatsFigures } from '$lib/app/stats';
import { studyDayOf } from '$lib/srs/day';
import { getSettings } from '$lib/storage';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { storageReady } = await parent();
	// Not awaited: the page's frame is drawn at once and the figures fill in when the database
	// answers (on a first visit, after every card is written). Null when the database failed (the
	// layout shows why).
	const stats = storageReady.then(async (problem) => {
		if (problem) return null;
		const db = await appDatabase();
		const { dayStartHour } = await getSettings(db);
		const clock = { now: new Date(), dayStartHour, timeZone: learnerTimeZone() };
		const figures = await readStatsFigures(
			db,
			setIndex.map((set) => set.id),
			clock
		);
		return { figures, today: studyDayOf(clock.now, clock.dayStartHour, clock.timeZone) };
	});
	return { stats };
};
