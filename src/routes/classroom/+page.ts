import { appDatabase } from '$lib/app/database.svelte';
import { readClassroomQuiz, type ClassroomQuiz } from '$lib/classroom/classroom-quiz';
import { getAllQuizzes } from '$lib/storage';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent }) => {
	const storageProblem = await (await parent()).storageReady;
	if (storageProblem) return { quizzes: [] as ClassroomQuiz[] };
	const saved = await getAllQuizzes(await appDatabase());
	return { quizzes: saved.map(readClassroomQuiz).filter((quiz) => quiz !== null) };
};
