/** Everything the app stores, through the one module that knows IndexedDB. */
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
export { BackupError, checkBackupSize, exportBackup, parseBackup } from './backup';
export type { BackupRefusal, FieldProblem } from './backup-refusal';
export { importBackup, reviewIdentity, type ImportMode, type ImportSummary } from './backup-import';
export { type Backup, type BackupFile } from './backup-schema';
export { databaseDigest, databaseSnapshot } from './digest';
export { summariseBackup, summariseDevice, type LearningSummary } from './backup-compare';
