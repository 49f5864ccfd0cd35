/**
 * The shape of the `repaso` IndexedDB database at the latest schema version. Older shapes live only
 * in migrations.ts (and in the test fixture that freezes them).
 */
import type { DBSchema, IDBPDatabase, StoreNames } from 'idb';
import type { CardRecord } from '$lib/srs/types';
import type { ReviewTally } from '$lib/stats/review-tally';
import type { StudySettings } from '$lib/srs/settings';
import type { CardPage } from './card-pages';
import type { ReviewPage } from './review-pages';

export const DB_NAME = 'repaso';

/** A value that survives JSON unchanged, so a backup restores it exactly. */
export type JsonValue =
	string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A classroom quiz the teacher saved. The fields the app relies on are named; anything else the
 * classroom needs (question types, count, seed...) sits beside them as JSON values. A `Date` in an
 * extra field would come back from a backup as its ISO string, so only `createdAt` is a Date.
 */
export interface SavedQuiz {
	id: string;
	title: string;
	createdAt: Date;
	itemIds: string[];
	[field: string]: JsonValue | Date;
}

/** A student's result for a saved quiz, as received from a result code; extra fields as in SavedQuiz. */
export interface QuizResult {
	id: string;
	quizId: string;
	receivedAt: Date;
	[field: string]: JsonValue | Date;
}

/**
 * A quiz in progress, saved after every answer so a reload or a closed tab resumes it. `kind` says
 * which page owns it; `state` is that page's plain session data.
 */
export interface SavedQuizSession {
	/** For example `practice:<set-id>` or `take:<quiz key>`: one session per quiz at a time. */
	id: string;
	kind: 'practice' | 'take';
	updatedAt: Date;
	state: JsonValue;
}

/** A finished practice quiz, kept for the set's history. */
export interface FinishedQuiz {
	id: string;
	setId: string;
	finishedAt: Date;
	correct: number;
	total: number;
	[field: string]: JsonValue | Date;
}

/** A student's attempt at a classroom quiz, kept on the student's device. */
export interface ClassroomAttempt {
	id: string;
	startedAt: Date;
	[field: string]: JsonValue | Date;
}

/** The `meta` store: one value per key. */
export interface MetaValues {
	/** The schema version the last upgrade wrote (mirrors the database version, for bug reports). */
	schemaVersion: number;
	/** The question-bank version the cards were last reconciled with. */
	contentVersion: string;
	lastReconciledAt: Date;
	/** A random id for this browser profile, made once. */
	installId: string;
	lastBackupAt: Date;
}
export type MetaKey = keyof MetaValues;

/**
 * Meta facts about the learner's data: they travel in backups and go with a reset. The other keys
 * describe this device and stay.
 */
export const LEARNER_META_KEYS = [
	'contentVersion',
	'lastReconciledAt'
] as const satisfies MetaKey[];

/** The only key in the `settings` store. */
export const SETTINGS_KEY = 'study';

export interface RepasoSchema extends DBSchema {
	/** Every card, packed into pages (see card-pages.ts). */
	cardPages: {
		key: number;
		value: CardPage;
	};
	/** Cards changed since the pages were written, which overlay them (see card-table.ts). */
	cardChanges: {
		key: string;
		value: CardRecord;
	};
	/** The review log, in pages (see review-pages.ts). */
	reviewPages: {
		key: number;
		value: ReviewPage;
	};
	/** Review counts per quarter hour, one record per UTC day, written with each review. */
	reviewTallies: {
		key: number;
		value: ReviewTally;
	};
	quizzes: {
		key: string;
		value: SavedQuiz;
	};
	results: {
		key: string;
		value: QuizResult;
		indexes: { byQuiz: string };
	};
	quizSessions: {
		key: string;
		value: SavedQuizSession;
	};
	quizHistory: {
		key: string;
		value: FinishedQuiz;
		indexes: { bySet: string };
	};
	attempts: {
		key: string;
		value: ClassroomAttempt;
	};
	settings: {
		key: typeof SETTINGS_KEY;
		value: StudySettings;
	};
	meta: {
		key: MetaKey;
		value: MetaValues[MetaKey];
	};
}

export type StoreName = StoreNames<RepasoSchema>;
export const STORE_NAMES: readonly StoreName[] = [
	'cardPages',
	'cardChanges',
	'reviewPages',
	'reviewTallies',
	'quizzes',
	'results',
	'quizSessions',
	'quizHistory',
	'attempts',
	'settings',
	'meta'
];

export type RepasoDb = IDBPDatabase<RepasoSchema>;
