import { describe, expect, it } from 'vitest';
import { finishAttempt, getAllAttempts, getAttempt, takeSessionId } from './attempts';
import { getQuizSession, putQuizSession } from './quiz-sessions';
import { minutesAfterT0, openTestDb } from './test-fixtures';

const session = (key: string) => ({
	id: takeSessionId(key),
	kind: 'take' as const,
	updatedAt: minutesAfterT0(1),
	state: {}
});

describe('classroom attempts', () => {
	it('finishing keeps the attempt and drops only its own session', async () => {
		const { db } = await openTestDb();
		await putQuizSession(db, session('aaaaaaaaaaaa'));
		await putQuizSession(db, session('bbbbbbbbbbbb'));
		await finishAttempt(db, { id: 'aaaaaaaaaaaa', startedAt: minutesAfterT0(0), code: 'X' });
		await finishAttempt(db, { id: 'cccccccccccc', startedAt: minutesAfterT0(9), code: 'Y' });
		expect(await getQuizSession(db, 'take:aaaaaaaaaaaa')).toBeUndefined();
		expect(await getQuizSession(db, 'take:bbbbbbbbbbbb')).toBeDefined();
		expect((await getAttempt(db, 'aaaaaaaaaaaa'))?.code).toBe('X');
		expect((await getAllAttempts(db)).map((attempt) => attempt.id)).toEqual([
			'cccccccccccc',
			'aaaaaaaaaaaa'
		]);
	});
});
