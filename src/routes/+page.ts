import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const { storageReady } = await parent();
	// Not awaited: Today is drawn from the set index at once, and its figures fill in when the
	// database answers. Null when the database failed (the layout shows why).
	const figures = storageReady.then(async (problem) => {
		if (problem) return null;
		const { loadToday } = await import('$lib/app/first-visit');
		return loadToday(new Date());
	});
	return { figures };
};
