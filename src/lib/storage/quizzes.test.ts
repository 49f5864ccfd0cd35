import { describe, expect, it } from 'vitest';
import { deleteQuiz, getAllQuizzes, getQuiz, putQuiz, putResults, resultsForQuiz } from './quizzes';
import { minutesAfterT0, openTestDb, quizResult, savedQuiz } from './test-fixtures';

describe('quizzes and results', () => {
	it('stores quizzes with their extra fields, newest first', async () => {
		const { db } = await openTestDb();
		await putQuiz(db, savedQuiz('quiz-1'));
		await putQuiz(db, savedQuiz('quiz-2', { createdAt: minutesAfterT0(60), seed: 42 }));
		expect(await getQuiz(db, 'quiz-2')).toEqual(
			savedQuiz('quiz-2', { createdAt: minutesAfterT0(60), seed: 42 })
		);
		expect((await getAllQuizzes(db)).map((quiz) => quiz.id)).toEqual(['quiz-2', 'quiz-1']);
	});

	it('finds results through the byQuiz index, in the order received; a rescan replaces', async () => {
		const { db } = await openTestDb();
		await putResults(db, [
			quizResult('r-late', { receivedAt: minutesAfterT0(50) }),
			quizResult('r-early', { receivedAt: minutesAfterT0(10) }),
			quizResult('r-other', { quizId: 'quiz-2' })
		]);
		await putResults(db, [
			quizResult('r-early', { receivedAt: minutesAfterT0(10), student: 'Eva' })
		]);
		const results = await resultsForQuiz(db, 'quiz-1');
		expect(results.map((result) => result.id)).toEqual(['r-early', 'r-late']);
		expect(results[0]?.student).toBe('Eva');
	});

	it('deleteQuiz removes the quiz and only its results', async () => {
		const { db } = await openTestDb();
		await putQuiz(db, savedQuiz('quiz-1'));
		await putQuiz(db, savedQuiz('quiz-2'));
		await putResults(db, [
			quizResult('r-1'),
			quizResult('r-2'),
			quizResult('r-3', { quizId: 'quiz-2' })
		]);
		await deleteQuiz(db, 'quiz-1');
		expect(await getQuiz(db, 'quiz-1')).toBeUndefined();
		expect(await resultsForQuiz(db, 'quiz-1')).toEqual([]);
		expect((await resultsForQuiz(db, 'quiz-2')).map((result) => result.id)).toEqual(['r-3']);
	});
});
