/**
 * The backup file format, version 1: one valibot definition gives its validation and its types.
 * Dates are ISO strings in the file and Date objects once parsed.
 */
import * as v from 'valibot';
import { Rating, State } from 'ts-fsrs';
import { StudySettings } from '$lib/srs/settings';
import type { JsonValue } from './schema';

export const BACKUP_FORMAT = 'repaso-backup';
export const BACKUP_VERSION = 1;

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/**
 * How far from `now` a date may lie before the file is taken as damaged. Due dates reach up to the
 * longest interval (100 years) ahead; things that happened may be a little ahead, for devices whose
 * clocks disagree.
 */
export const DATE_LIMITS = { yearsBack: 50, yearsAhead: 150, clockSkewDays: 7 } as const;

const day = (date: Date) => date.toISOString().slice(0, 10);

function isCanonicalIsoDate(text: string): boolean {
	const time = Date.parse(text);
	return Number.isFinite(time) && new Date(time).toISOString() === text;
}

function dateBetween(earliest: Date, latest: Date) {
	return v.pipe(
		v.string(),
		v.check(isCanonicalIsoDate, 'not a valid date'),
		v.transform((text) => new Date(text)),
		v.check((date) => date >= earliest, `too far in the past (before ${day(earliest)})`),
		v.check((date) => date <= latest, `too far in the future (after ${day(latest)})`)
	);
}

const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const days = v.pipe(v.number(), v.finite());
const id = v.pipe(v.string(), v.nonEmpty('must not be empty'));

const JsonValueSchema: v.GenericSchema<JsonValue> = v.lazy(() =>
	v.union([
		v.string(),
		v.pipe(v.number(), v.finite()),
		v.boolean(),
		v.null(),
		v.array(JsonValueSchema),
		v.record(v.string(), JsonValueSchema)
	])
);

/** The schema of a whole backup file, judged against `now` for its dates. */
export function backupSchema(now: Date) {
	const earliest = new Date(now.getTime() - DATE_LIMITS.yearsBack * YEAR_MS);
	const scheduled = dateBetween(
		earliest,
		new Date(now.getTime() + DATE_LIMITS.yearsAhead * YEAR_MS)
	);
	const happened = dateBetween(
		earliest,
		new Date(now.getTime() + DATE_LIMITS.clockSkewDays * DAY_MS)
	);

	const Card = v.strictObject({
		due: scheduled,
		stability: nonNegative,
		difficulty: nonNegative,
		elapsed_days: days,
		scheduled_days: nonNegative,
		learning_steps: count,
		reps: count,
		lapses: count,
		state: v.enum(State),
		last_review: v.optional(happened)
	});
	const ReviewLog = v.strictObject({
		rating: v.enum(Rating),
		state: v.enum(State),
		due: scheduled,
		stability: nonNegative,
		difficulty: nonNegative,
		elapsed_days: days,
		last_elapsed_days: days,
		scheduled_days: nonNegative,
		learning_steps: count,
		review: happened
	});

	return v.strictObject({
		format: v.literal(BACKUP_FORMAT),
		version: v.literal(BACKUP_VERSION),
		exportedAt: happened,
		/** The question-bank version the cards were last reconciled with (same as data.meta's). */
		contentVersion: v.optional(v.string()),
		checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits (SHA-256)')),
		data: v.strictObject({
			cards: v.array(v.strictObject({ itemId: id, setId: id, card: Card, suspended: v.boolean() })),
			reviews: v.array(
				v.strictObject({
					id: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
					itemId: id,
					log: ReviewLog,
					previousDue: v.optional(scheduled)
				})
			),
			settings: StudySettings,
			quizzes: v.array(
				v.objectWithRest(
					{ id, title: v.string(), createdAt: happened, itemIds: v.array(id) },
					JsonValueSchema
				)
			),
			results: v.array(v.objectWithRest({ id, quizId: id, receivedAt: happened }, JsonValueSchema)),
			/** Only facts that travel with the data; this device's own (install id, schema) stay. */
			meta: v.optional(
				v.strictObject({
					contentVersion: v.optional(v.string()),
					lastReconciledAt: v.optional(happened)
				})
			)
		})
	});
}

type BackupSchema = ReturnType<typeof backupSchema>;
/** A backup as written to the file (dates as ISO strings). */
export type BackupFile = v.InferInput<BackupSchema>;
/** A backup after parseBackup: validated, with Date objects. */
export type Backup = v.InferOutput<BackupSchema>;
export type BackupData = Backup['data'];

export interface BackupProblem {
	path: string;
	problem: string;
}

/**
 * The rules a schema cannot see one record at a time: ids unique, every review's item has a card,
 * the header agreeing with the data.
 *
 * @example findReferenceProblem(backup) // { path: 'data.reviews[2].itemId', problem: 'no card ...' }
 */
export function findReferenceProblem(backup: Backup): BackupProblem | undefined {
	const { data } = backup;
	const problem =
		duplicateProblem(data.cards, (card) => card.itemId, 'data.cards', 'itemId') ??
		duplicateProblem(data.reviews, (review) => review.id, 'data.reviews', 'id') ??
		duplicateProblem(data.quizzes, (quiz) => quiz.id, 'data.quizzes', 'id') ??
		duplicateProblem(data.results, (result) => result.id, 'data.results', 'id');
	if (problem) return problem;

	const itemIds = new Set(data.cards.map((card) => card.itemId));
	const orphan = data.reviews.findIndex((review) => !itemIds.has(review.itemId));
	if (orphan >= 0) {
		return {
			path: `data.reviews[${orphan}].itemId`,
			problem: `no card has this item id (${JSON.stringify(data.reviews[orphan]?.itemId)})`
		};
	}
	if (backup.contentVersion !== data.meta?.contentVersion) {
		return { path: 'contentVersion', problem: 'does not match data.meta.contentVersion' };
	}
	return undefined;
}

function duplicateProblem<T>(
	items: readonly T[],
	key: (item: T) => unknown,
	at: string,
	field: string
): BackupProblem | undefined {
	const firstIndex = new Map<unknown, number>();
	for (const [index, item] of items.entries()) {
		const first = firstIndex.get(key(item));
		if (first !== undefined) {
			return { path: `${at}[${index}].${field}`, problem: `duplicate of ${at}[${first}].${field}` };
		}
		firstIndex.set(key(item), index);
	}
	return undefined;
}
