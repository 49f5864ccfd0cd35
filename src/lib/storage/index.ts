/**
 * Everything the app stores, through the one module that knows IndexedDB. Backups are not here:
 * pages import them from `backup*.ts` where a backup is made or read, so no other page loads them.
 */
export { openRepasoDb, sharedRepasoDb, type OpenRepasoDbOptions } from './db';
export { StorageError, toStorageError, type StorageErrorKind, type StorageProblem } from './errors';
export { SCHEMA_VERSION } from './migrations';
export {
	DB_NAME,
	type JsonValue,
	type MetaKey,
	type MetaValues,
	type FinishedQuiz,
	type QuizResult,
	type RepasoDb,
	type SavedQuizSession,
	type SavedQuiz
} from './schema';
export {
	applyReconciliation,
	getAllCards,
	getCard,
	countDueByDay,
	countProgress,
	getEarliestDue,
	getQueueCards,
	putCards,
	type DueFact,
	type QueueCardsQuery,
	type CardRef,
	type Reconciliation,
	type ReconciliationResult
} from './cards';
export {
	commitReview,
	getReviewLog,
	getTallies,
	gradeCard,
	reviewTimeAfter,
	undoLastReview,
	undoReview,
	type ReviewToCommit,
	type ScheduledReview,
	type UndoRefusal,
	type UndoneReview
} from './reviews';
export { deleteQuiz, getAllQuizzes, getQuiz, putQuiz, putResults, resultsForQuiz } from './quizzes';
export {
	deleteQuizSession,
	finishQuizSession,
	getQuizSession,
	putQuizSession,
	quizHistory
} from './quiz-sessions';
export { finishAttempt, getAllAttempts, getAttempt, takeSessionId } from './attempts';
export { getSettings, saveSettings } from './settings';
export { ensureInstallId, getMeta, setMeta } from './meta';
export { deleteAllData } from './reset';
