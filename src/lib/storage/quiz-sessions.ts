/** Quizzes in progress (so a reload resumes them) and the history of finished practice quizzes. */
import type { FinishedQuiz, RepasoDb, SavedQuizSession } from './schema';
import { transact } from './transaction';

/** @example const saved = await getQuizSession(db, 'practice:timeline'); */
export function getQuizSession(db: RepasoDb, id: string): Promise<SavedQuizSession | undefined> {
	return transact(db, ['quizSessions'], 'readonly', (tx) => tx.store.get(id));
}

/** Replaces the stored session with the same id. @example await putQuizSession(db, session); */
export function putQuizSession(db: RepasoDb, session: SavedQuizSession): Promise<void> {
	return transact(db, ['quizSessions'], 'readwrite', async (tx) => {
		await tx.store.put(session);
	});
}

/** @example await deleteQuizSession(db, 'practice:timeline'); */
export function deleteQuizSession(db: RepasoDb, id: string): Promise<void> {
	return transact(db, ['quizSessions'], 'readwrite', (tx) => tx.store.delete(id));
}

/**
 * Records a finished quiz and drops its session in one transaction, so a quiz is never both
 * resumable and in the history.
 *
 * @example await finishQuizSession(db, 'practice:timeline', { id, setId, finishedAt, correct, total });
 */
export function finishQuizSession(
	db: RepasoDb,
	sessionId: string,
	finished: FinishedQuiz
): Promise<void> {
	return transact(db, ['quizSessions', 'quizHistory'], 'readwrite', async (tx) => {
		await tx.objectStore('quizSessions').delete(sessionId);
		await tx.objectStore('quizHistory').put(finished);
	});
}

/** A set's finished quizzes, newest first. @example const history = await quizHistory(db, setId); */
export async function quizHistory(db: RepasoDb, setId: string): Promise<FinishedQuiz[]> {
	const finished = await transact(db, ['quizHistory'], 'readonly', (tx) =>
		tx.store.index('bySet').getAll(setId)
	);
	return finished.sort((a, b) => b.finishedAt.getTime() - a.finishedAt.getTime());
}
