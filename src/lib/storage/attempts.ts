/**
 * A student's classroom quizzes on this device: the attempt in progress is a quiz session with id
 * {@link takeSessionId}, saved after every answer; a finished one moves to `attempts`, one record
 * per quiz, in the same transaction that removes the session.
 */
import type { ClassroomAttempt, RepasoDb } from './schema';
import { transact } from './transaction';

/** The `quizSessions` id of the attempt in progress at a quiz. @example takeSessionId(key) */
export function takeSessionId(quizKey: string): string {
	return `take:${quizKey}`;
}

/**
 * Keeps the finished attempt and drops its session, together.
 *
 * @example await finishAttempt(db, { id: key, startedAt, ...fields });
 */
export function finishAttempt(db: RepasoDb, attempt: ClassroomAttempt): Promise<void> {
	return transact(db, ['attempts', 'quizSessions'], 'readwrite', async (tx) => {
		await tx.objectStore('attempts').put(attempt);
		await tx.objectStore('quizSessions').delete(takeSessionId(attempt.id));
	});
}

/** @example const attempt = await getAttempt(db, key); */
export function getAttempt(db: RepasoDb, quizKey: string): Promise<ClassroomAttempt | undefined> {
	return transact(db, ['attempts'], 'readonly', (tx) => tx.store.get(quizKey));
}

/** Newest first. @example const attempts = await getAllAttempts(db); */
export async function getAllAttempts(db: RepasoDb): Promise<ClassroomAttempt[]> {
	const attempts = await transact(db, ['attempts'], 'readonly', (tx) => tx.store.getAll());
	return attempts.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
}
