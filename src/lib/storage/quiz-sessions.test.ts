import { describe, expect, it } from 'vitest';
import {
	deleteQuizSession,
	finishQuizSession,
	getQuizSession,
	putQuizSession,
	quizHistory
} from './quiz-sessions';
import { minutesAfterT0, openTestDb, T0 } from './test-fixtures';

const session = { id: 'practice:timeline', kind: 'practice' as const, updatedAt: T0, state: [1] };

function finished(id: string, setId: string, minutes: number) {
	return { id, setId, finishedAt: minutesAfterT0(minutes), correct: 3, total: 5 };
}

describe('quiz sessions and history', () => {
	it('stores, replaces and deletes a session in progress', async () => {
		const { db } = await openTestDb();
		await putQuizSession(db, session);
		await putQuizSession(db, { ...session, state: [1, 2] });
		expect(await getQuizSession(db, session.id)).toEqual({ ...session, state: [1, 2] });
		await deleteQuizSession(db, session.id);
		expect(await getQuizSession(db, session.id)).toBeUndefined();
	});

	it('finishing drops the session and keeps the result in its set’s history, newest first', async () => {
		const { db } = await openTestDb();
		await putQuizSession(db, session);
		await finishQuizSession(db, session.id, finished('a', 'timeline', 10));
		await finishQuizSession(db, session.id, finished('b', 'timeline', 30));
		await finishQuizSession(db, 'practice:honduras', finished('c', 'honduras', 20));
		expect(await getQuizSession(db, session.id)).toBeUndefined();
		expect((await quizHistory(db, 'timeline')).map((quiz) => quiz.id)).toEqual(['b', 'a']);
		expect(await quizHistory(db, 'honduras')).toEqual([finished('c', 'honduras', 20)]);
	});
});
