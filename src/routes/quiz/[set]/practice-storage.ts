/** Writes what the practice quiz asks to store: the quiz in progress, or a finished one's score. */
import { appDatabase } from '$lib/app/database.svelte';
import { deleteQuizSession, finishQuizSession, putQuizSession } from '$lib/storage';
import type { PracticeToSave } from './quiz-runner.svelte';

/** One practice quiz per set at a time. */
export function practiceSessionId(setId: string): string {
	return `practice:${setId}`;
}

/** @example await storePractice('timeline', quiz.dataForSaving, new Date()); */
export async function storePractice(setId: string, data: PracticeToSave, now: Date): Promise<void> {
	const db = await appDatabase();
	const id = practiceSessionId(setId);
	switch (data.kind) {
		case 'none':
			return deleteQuizSession(db, id);
		case 'progress':
			return putQuizSession(db, { id, kind: 'practice', updatedAt: now, state: data.state });
		case 'finished':
			// Keyed by the moment of the last answer, so writing the same finish twice keeps one entry.
			return finishQuizSession(db, id, {
				id: `${setId}:${data.finishedAt.toISOString()}`,
				setId,
				finishedAt: data.finishedAt,
				correct: data.correct,
				total: data.total,
				retry: data.retry
			});
	}
}
