/** Saved classroom quizzes and the student results collected for them. */
import type { QuizResult, RepasoDb, SavedQuiz } from './schema';
import { requestAll, transact } from './transaction';

/** @example await putQuiz(db, { id, title, createdAt: now, itemIds }); */
export function putQuiz(db: RepasoDb, quiz: SavedQuiz): Promise<void> {
	return transact(db, ['quizzes'], 'readwrite', async (tx) => {
		await tx.store.put(quiz);
	});
}

/** @example const quiz = await getQuiz(db, id); */
export function getQuiz(db: RepasoDb, id: string): Promise<SavedQuiz | undefined> {
	return transact(db, ['quizzes'], 'readonly', (tx) => tx.store.get(id));
}

/** Newest first. @example const quizzes = await getAllQuizzes(db); */
export async function getAllQuizzes(db: RepasoDb): Promise<SavedQuiz[]> {
	const quizzes = await transact(db, ['quizzes'], 'readonly', (tx) => tx.store.getAll());
	return quizzes.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Deletes a quiz with its results, in one transaction. @example await deleteQuiz(db, id); */
export function deleteQuiz(db: RepasoDb, id: string): Promise<void> {
	return transact(db, ['quizzes', 'results'], 'readwrite', async (tx) => {
		const results = tx.objectStore('results');
		const resultIds = await results.index('byQuiz').getAllKeys(id);
		await requestAll(resultIds, (resultId) => results.delete(resultId));
		await tx.objectStore('quizzes').delete(id);
	});
}

/**
 * Stores results (a result already stored under the same id is replaced, so scanning a code twice
 * keeps one copy).
 *
 * @example await putResults(db, [result]);
 */
export function putResults(db: RepasoDb, results: readonly QuizResult[]): Promise<void> {
	return transact(db, ['results'], 'readwrite', (tx) =>
		requestAll(results, (result) => tx.store.put(result))
	);
}

/** In the order they were received. @example const results = await resultsForQuiz(db, quizId); */
export async function resultsForQuiz(db: RepasoDb, quizId: string): Promise<QuizResult[]> {
	const results = await transact(db, ['results'], 'readonly', (tx) =>
		tx.store.index('byQuiz').getAll(quizId)
	);
	return results.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
}
