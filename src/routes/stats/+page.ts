import { setIndex } from 'virtual:repaso-content';
import { appDatabase } from '$lib/app/database.svelte';
import { learnerTimeZone } from '$lib/app/learner';
import { readStatsFigures } from '$lib/app/stats';
import { studyDayOf } from '$lib/srs/day';
import { getSettings } from '$lib/storage';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const storageProblem = await (await parent()).storageReady;
	if (storageProblem) return { stats: null };
	const db = await appDatabase();
	const { dayStartHour } = await getSettings(db);
	const clock = { now: new Date(), dayStartHour, timeZone: learnerTimeZone() };
	const figures = await readStatsFigures(
		db,
		setIndex.map((set) => set.id),
		clock
	);
	return {
		stats: { figures, today: studyDayOf(clock.now, clock.dayStartHour, clock.timeZone) }
	};
};
