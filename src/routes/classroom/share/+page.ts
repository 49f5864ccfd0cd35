import { contentVersion, setIndex } from 'virtual:repaso-content';
import { appDatabase } from '$lib/app/database.svelte';
import { positionsOf } from '$lib/classroom/bank-positions';
import { linkOf, readClassroomQuiz } from '$lib/classroom/classroom-quiz';
import { encodeQuizLink } from '$lib/classroom/quiz-link';
import { getQuiz } from '$lib/storage';
import type { PageLoad } from './$types';

/** `?quiz=<quiz key>`: the saved quiz and its link payload, or why there is none. */
export const load: PageLoad = async ({ parent, url }) => {
	const storageProblem = await (await parent()).storageReady;
	const key = url.searchParams.get('quiz') ?? '';
	const saved = storageProblem ? undefined : await getQuiz(await appDatabase(), key);
	const quiz = saved ? readClassroomQuiz(saved) : null;
	if (!quiz) return { quiz: null, payload: null };
	try {
		const positions = positionsOf(quiz.itemIds, setIndex);
		return { quiz, payload: encodeQuizLink(linkOf(quiz, { contentVersion, positions })) };
	} catch {
		// An item the bank no longer has: the link cannot name it.
		return { quiz, payload: null };
	}
};
