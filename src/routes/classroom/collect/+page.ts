import { appDatabase } from '$lib/app/database.svelte';
import { readQuizResult, type CollectedResult } from '$lib/classroom/collect';
import { resultsForQuiz } from '$lib/storage';
import { savedQuizWithItems } from '../saved-quiz';
import type { PageLoad } from './$types';

/** `?quiz=<quiz key>`: the quiz, its items and the results collected so far. */
export const load: PageLoad = async ({ parent, url }) => {
	const storageProblem = await (await parent()).storageReady;
	if (storageProblem) return { found: null };
	const db = await appDatabase();
	const found = await savedQuizWithItems(db, url);
	if (!found) return { found: null };
	const resultQuiz = { key: found.quiz.id, items: found.items };
	const results = (await resultsForQuiz(db, found.quiz.id))
		.map((record) => readQuizResult(record, resultQuiz))
		.filter((result): result is CollectedResult => result !== null);
	return { found: { ...found, results } };
};
