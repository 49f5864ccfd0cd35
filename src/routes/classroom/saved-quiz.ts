/**
 * A saved classroom quiz with its items, for the screens that show or mark it (collect, present,
 * print), from `?quiz=<quiz key>`.
 */
import { loadSet } from '$lib/content/bank';
import { readClassroomQuiz, type ClassroomQuiz } from '$lib/classroom/classroom-quiz';
import type { Item } from '$lib/content/schema';
import { getQuiz, type RepasoDb } from '$lib/storage';

export interface QuizWithItems {
	quiz: ClassroomQuiz;
	/** In the quiz's (and its link's) order. */
	items: Item[];
}

/** Item ids are `<set-id>-<n>`. */
const setOf = (itemId: string) => itemId.replace(/-\d+$/, '');

/** The quiz and its items; null when there is no such quiz or the bank lost one of its items. */
export async function savedQuizWithItems(db: RepasoDb, url: URL): Promise<QuizWithItems | null> {
	const saved = await getQuiz(db, url.searchParams.get('quiz') ?? '');
	const quiz = saved ? readClassroomQuiz(saved) : null;
	if (!quiz) return null;
	const setIds = [...new Set(quiz.itemIds.map(setOf))];
	const sets = await Promise.all(setIds.map((id) => loadSet(id).catch(() => null)));
	const byId = new Map(sets.flatMap((set) => set?.items ?? []).map((item) => [item.id, item]));
	const items = quiz.itemIds.map((id) => byId.get(id));
	if (items.some((item) => item === undefined)) return null;
	return { quiz, items: items as Item[] };
}
