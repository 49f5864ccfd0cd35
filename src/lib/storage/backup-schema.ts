/**
 * The backup file format (docs/backup-format.md): one valibot definition per version gives its
 * validation and its types. Dates are ISO strings in the file and Date objects once parsed, except
 * in version 2's reviews, which are tuples of numbers (see ReviewTuple) checked by a plain loop:
 * over 200,000 of them a valibot tuple schema spent about 400 ms, the loop well under 100.
 */
import * as v from 'valibot';
import { Rating, State } from 'ts-fsrs';
import { StudySettings } from '$lib/srs/settings';
import type { ReviewRecord } from '$lib/srs/types';
import {
	packReviews,
	packRows,
	reviewIdentityAt,
	reviewNumbers,
	reviewTimeAt,
	type PackedReviews
} from './review-pages';
import { CARD_LIMITS, FILE_LIMITS, memoryProblem } from './limits';
import type { JsonValue } from './schema';

export const BACKUP_FORMAT = 'repaso-backup';
/** The version written; every version up to it can be read. */
export const BACKUP_VERSION = 2;

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/**
 * Where a date may lie before the file is taken as damaged. Nothing is earlier than 2000 (a fixed
 * date, not one relative to the import: a date a file may hold today must still be allowed when the
 * learner exports it years later). Due dates reach up to the longest interval (100 years) ahead;
 * things that happened may be a little ahead, for devices whose clocks disagree.
 */
export const DATE_LIMITS = {
	earliest: Date.UTC(2000, 0, 1),
	yearsAhead: 150,
	clockSkewDays: 7
} as const;

/** The earliest and latest acceptable times, in milliseconds since the epoch. */
interface TimeRange {
	earliest: number;
	latest: number;
}

function timeRanges(now: Date): { happened: TimeRange; scheduled: TimeRange } {
	const { earliest } = DATE_LIMITS;
	return {
		happened: { earliest, latest: now.getTime() + DATE_LIMITS.clockSkewDays * DAY_MS },
		scheduled: { earliest, latest: now.getTime() + DATE_LIMITS.yearsAhead * YEAR_MS }
	};
}

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** What is wrong with a time inside `range`, if anything. */
function timeProblem(time: number, { earliest, latest }: TimeRange): string | undefined {
	if (time < earliest) return `too far in the past (before ${day(earliest)})`;
	if (time > latest) return `too far in the future (after ${day(latest)})`;
	return undefined;
}

function isCanonicalIsoDate(text: string): boolean {
	const time = Date.parse(text);
	return Number.isFinite(time) && new Date(time).toISOString() === text;
}

/** An ISO date string within `range`, parsed to a Date. */
function isoDate(range: TimeRange) {
	return v.pipe(
		v.string(),
		v.check(isCanonicalIsoDate, 'not a valid date'),
		v.rawTransform(({ dataset, addIssue, NEVER }) => {
			const date = new Date(dataset.value);
			const problem = timeProblem(date.getTime(), range);
			if (problem === undefined) return date;
			addIssue({ message: problem });
			return NEVER;
		})
	);
}

const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
/** A whole number from 0 to `max` (see CARD_LIMITS: reviews never push past these). */
const upTo = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const count = upTo(CARD_LIMITS.count);
const learningSteps = upTo(CARD_LIMITS.learningSteps);
const stability = v.pipe(nonNegative, v.maxValue(CARD_LIMITS.stability));
const difficulty = v.pipe(nonNegative, v.maxValue(CARD_LIMITS.difficulty));
const days = v.pipe(v.number(), v.finite());
/** Text of at most `max` characters. */
const text = (max: number) =>
	v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters (see docs/backup-format.md)`));
/** A list of at most `max` entries, each checked after the count so a huge list stops at once. */
const list = <Item extends v.GenericSchema>(item: Item, max: number, what: string) =>
	v.pipe(
		v.custom<v.InferInput<Item>[]>(
			(value) => !Array.isArray(value) || value.length <= max,
			`more than ${max.toLocaleString('en')} ${what} (see docs/backup-format.md)`
		),
		v.array(item)
	);
const id = v.pipe(text(FILE_LIMITS.idLength), v.nonEmpty('must not be empty'));

/**
 * What is wrong with a value among the fields of a quiz or a result that the backup does not name,
 * if anything: only JSON, with texts, lists and objects within FILE_LIMITS. A plain walk, so the
 * message can say which limit was passed.
 */
function jsonProblem(value: unknown, depth = 0): string | undefined {
	const { textLength, entries, idLength } = FILE_LIMITS;
	if (typeof value === 'string') {
		return value.length > textLength ? `a text longer than ${textLength} characters` : undefined;
	}
	if (typeof value === 'number') return Number.isFinite(value) ? undefined : 'not a finite number';
	if (typeof value === 'boolean' || value === null) return undefined;
	if (typeof value !== 'object') return 'not a JSON value';
	if (depth >= FILE_LIMITS.depth) return `lists or objects nested more than ${depth} deep`;
	const children = Array.isArray(value) ? value : Object.values(value);
	if (children.length > entries) return `more than ${entries.toLocaleString('en')} entries`;
	if (!Array.isArray(value) && Object.keys(value).some((key) => key.length > idLength)) {
		return `a field name longer than ${idLength} characters`;
	}
	for (const child of children) {
		const problem = jsonProblem(child, depth + 1);
		if (problem !== undefined) return problem;
	}
	return undefined;
}

const JsonValueSchema = v.pipe(
	v.custom<JsonValue>(() => true),
	v.rawCheck(({ dataset, addIssue }) => {
		const problem = jsonProblem(dataset.value);
		if (problem !== undefined) addIssue({ message: `${problem} (see docs/backup-format.md)` });
	})
);

/** A quiz or a result with at most FILE_LIMITS.entries fields, each named by an id-length key. */
function withFewFields<Schema extends v.GenericSchema<Record<string, unknown>>>(schema: Schema) {
	const { entries, idLength } = FILE_LIMITS;
	return v.pipe(
		v.custom<v.InferInput<Schema>>(
			(input) => {
				if (typeof input !== 'object' || input === null) return true;
				const keys = Object.keys(input);
				return keys.length <= entries && keys.every((key) => key.length <= idLength);
			},
			`more than ${entries.toLocaleString('en')} fields, or a field name longer than ${idLength} characters (see docs/backup-format.md)`
		),
		schema
	);
}

/**
 * One review in a version 2 file, in commit order, as an array in this order (dates as
 * milliseconds since the epoch): the item id, then the ts-fsrs log's review time, rating, state
 * (before the review), due, stability, difficulty, elapsed_days, last_elapsed_days, scheduled_days
 * and learning_steps, then the card's due before the review (null when not recorded).
 * Numbers, not objects with ISO strings, because JSON reads and writes them several times faster.
 */
export type ReviewTuple = [
	itemId: string,
	reviewMs: number,
	rating: Rating,
	state: State,
	dueMs: number,
	stability: number,
	difficulty: number,
	elapsedDays: number,
	lastElapsedDays: number,
	scheduledDays: number,
	learningSteps: number,
	previousDueMs: number | null
];

/** @example reviewTuple(record)[1] === record.log.review.getTime() */
export function reviewTuple(record: ReviewRecord): ReviewTuple {
	const numbers = reviewNumbers(record);
	const previousDue = numbers.pop() as number;
	return [record.itemId, ...numbers, Number.isNaN(previousDue) ? null : previousDue] as ReviewTuple;
}

/** A short description of a value that failed a check, for the message. */
function shown(value: unknown): string {
	if (typeof value === 'string') {
		return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
	}
	if (Array.isArray(value)) return 'an array';
	if (value !== null && typeof value === 'object') return 'an object';
	return String(value);
}

/** Checks one tuple element: undefined when fine, else what is wrong. */
type ElementCheck = (value: unknown) => string | undefined;

function wholeNumberIn(low: number, high: number, what: string): ElementCheck {
	return (value) =>
		Number.isInteger(value) && (value as number) >= low && (value as number) <= high
			? undefined
			: `expected ${what} but received ${shown(value)}`;
}

function numberIn(low: number, high: number): ElementCheck {
	return (value) =>
		typeof value === 'number' && value >= low && value <= high
			? undefined
			: `expected a number from ${low} to ${high} but received ${shown(value)}`;
}

function finiteNumber(min: number): ElementCheck {
	return (value) =>
		typeof value === 'number' && Number.isFinite(value) && value >= min
			? undefined
			: `expected a number${min > -Infinity ? ` >= ${min}` : ''} but received ${shown(value)}`;
}

function timeIn(range: TimeRange): ElementCheck {
	return (value) =>
		Number.isSafeInteger(value)
			? timeProblem(value as number, range)
			: `not a valid date (expected whole milliseconds since 1970, received ${shown(value)})`;
}

/** The checks of a ReviewTuple's elements, in its order. */
function reviewTupleChecks(now: Date): ElementCheck[] {
	const { happened, scheduled } = timeRanges(now);
	const due = timeIn(scheduled);
	return [
		(value) =>
			typeof value === 'string' && value !== '' && value.length <= FILE_LIMITS.idLength
				? undefined
				: `expected an item id (1 to ${FILE_LIMITS.idLength} characters) but received ${shown(value)}`,
		timeIn(happened),
		wholeNumberIn(Rating.Manual, Rating.Easy, 'a rating (0 to 4)'),
		wholeNumberIn(State.New, State.Relearning, 'a card state (0 to 3)'),
		due,
		numberIn(0, CARD_LIMITS.stability),
		numberIn(0, CARD_LIMITS.difficulty),
		finiteNumber(-Infinity),
		finiteNumber(-Infinity),
		finiteNumber(0),
		wholeNumberIn(
			0,
			CARD_LIMITS.learningSteps,
			`a whole number from 0 to ${CARD_LIMITS.learningSteps}`
		),
		(value) => (value === null ? undefined : due(value))
	];
}

function arrayItem(input: unknown[], key: number): v.ArrayPathItem {
	return { type: 'array', origin: 'value', input, key, value: input[key] };
}

/**
 * Version 2's reviews: an array of ReviewTuples, checked element by element, then packed as the
 * review log stores them: no record or Date per review (an import may hold hundreds of thousands).
 */
function reviewTuples(now: Date) {
	const checks = reviewTupleChecks(now);
	return v.pipe(
		v.custom<ReviewTuple[]>(Array.isArray, 'expected an array of reviews'),
		v.rawTransform(({ dataset, addIssue, NEVER }) => {
			const tuples = dataset.value;
			if (tuples.length > FILE_LIMITS.reviews) {
				addIssue({
					message: `more than ${FILE_LIMITS.reviews.toLocaleString('en')} reviews (see docs/backup-format.md)`
				});
				return NEVER;
			}
			for (const [index, tuple] of tuples.entries()) {
				if (!Array.isArray(tuple) || tuple.length !== checks.length) {
					const message = `expected an array of ${checks.length} values (see docs/backup-format.md)`;
					addIssue({ message, path: [arrayItem(tuples, index)] });
					return NEVER;
				}
				for (const [field, check] of checks.entries()) {
					const problem = check(tuple[field]);
					if (problem === undefined) continue;
					const path: [v.ArrayPathItem, v.ArrayPathItem] = [
						arrayItem(tuples, index),
						arrayItem(tuple, field)
					];
					addIssue({ message: problem, path });
					return NEVER;
				}
			}
			for (const [index, tuple] of tuples.entries()) {
				const problem = memoryProblem(tuple[5], tuple[6]);
				if (problem === undefined) continue;
				addIssue({ message: problem, path: [arrayItem(tuples, index)] });
				return NEVER;
			}
			return packRows(tuples);
		})
	);
}

/** Everything but the reviews is the same in both versions. */
function backupSchemaWith<const Version extends number, Reviews extends v.GenericSchema>(
	now: Date,
	version: Version,
	reviews: Reviews
) {
	const { happened, scheduled } = timeRanges(now);
	const CardFields = v.strictObject({
		due: isoDate(scheduled),
		stability,
		difficulty,
		elapsed_days: days,
		scheduled_days: nonNegative,
		learning_steps: learningSteps,
		reps: count,
		lapses: count,
		state: v.enum(State),
		last_review: v.optional(isoDate(happened))
	});
	const Card = v.pipe(
		CardFields,
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const { stability, difficulty, state, last_review } = dataset.value;
			const problem =
				memoryProblem(stability, difficulty) ??
				(state !== State.New && last_review === undefined
					? 'a card that was reviewed (state 1 to 3) needs last_review'
					: undefined);
			if (problem !== undefined) addIssue({ message: problem });
		})
	);
	return v.strictObject({
		format: v.literal(BACKUP_FORMAT),
		version: v.literal(version),
		exportedAt: isoDate(happened),
		/** The question-bank version the cards were last reconciled with (same as data.meta's). */
		contentVersion: v.optional(id),
		checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits (SHA-256)')),
		data: v.strictObject({
			/** Without bankRank: that is this device's place for the item, which reconciliation sets. */
			cards: list(
				v.strictObject({ itemId: id, setId: id, card: Card, suspended: v.boolean() }),
				FILE_LIMITS.cards,
				'cards'
			),
			reviews,
			settings: StudySettings,
			quizzes: list(
				withFewFields(
					v.objectWithRest(
						{
							id,
							title: text(FILE_LIMITS.titleLength),
							createdAt: isoDate(happened),
							itemIds: list(id, FILE_LIMITS.quizItems, 'item ids')
						},
						JsonValueSchema
					)
				),
				FILE_LIMITS.quizzes,
				'quizzes'
			),
			results: list(
				withFewFields(
					v.objectWithRest({ id, quizId: id, receivedAt: isoDate(happened) }, JsonValueSchema)
				),
				FILE_LIMITS.results,
				'results'
			),
			/** Only facts that travel with the data; this device's own (install id, schema) stay. */
			meta: v.optional(
				v.strictObject({
					contentVersion: v.optional(id),
					lastReconciledAt: v.optional(isoDate(happened))
				})
			)
		})
	});
}

/** The schema of a version 2 file (the one written now), judged against `now` for its dates. */
export function backupSchema(now: Date) {
	return backupSchemaWith(now, 2, reviewTuples(now));
}

/**
 * The schema of a version 1 file: reviews as objects with ISO dates and the database's ids, which
 * give their commit order.
 */
export function backupV1Schema(now: Date) {
	const { happened, scheduled } = timeRanges(now);
	const ReviewLog = v.strictObject({
		rating: v.enum(Rating),
		state: v.enum(State),
		due: isoDate(scheduled),
		stability,
		difficulty,
		elapsed_days: days,
		last_elapsed_days: days,
		scheduled_days: nonNegative,
		learning_steps: learningSteps,
		review: isoDate(happened)
	});
	const Review = v.strictObject({
		id: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
		itemId: id,
		log: ReviewLog,
		previousDue: v.optional(isoDate(scheduled))
	});
	return backupSchemaWith(now, 1, list(Review, FILE_LIMITS.reviews, 'reviews'));
}

/** A version 2 file as written (dates as ISO strings, reviews as tuples). */
export type BackupFile = v.InferInput<ReturnType<typeof backupSchema>>;
/** A version 1 file, as the first release wrote it. */
export type BackupFileV1 = v.InferInput<ReturnType<typeof backupV1Schema>>;
/** A file of either version once its schema passed. */
export type ParsedBackup =
	v.InferOutput<ReturnType<typeof backupSchema>> | v.InferOutput<ReturnType<typeof backupV1Schema>>;
/** A backup after parseBackup, whatever its version: validated, with Dates, reviews in commit order. */
export type Backup = Omit<v.InferOutput<ReturnType<typeof backupSchema>>, 'version'> & {
	version: ParsedBackup['version'];
};
export type BackupData = Backup['data'];

/**
 * What makes two reviews the same review: a learner cannot grade one card twice in the same
 * millisecond. A string, so a Set finds duplicates among hundreds of thousands quickly.
 *
 * @example reviewIdentity({ itemId: 'timeline-3', log }) === '1740819600000 3 timeline-3'
 */
export function reviewIdentity({ itemId, log }: Pick<ReviewRecord, 'itemId' | 'log'>): string {
	return `${log.review.getTime()} ${log.rating} ${itemId}`;
}

/** A version 1 backup as the records it stands for: reviews in the order of their ids, without them. */
export function fromVersion1(parsed: ParsedBackup): Backup {
	if (parsed.version !== 1) return parsed;
	const reviews = [...parsed.data.reviews]
		.sort((a, b) => a.id - b.id)
		.map(({ id: _id, ...review }): ReviewRecord => review);
	return { ...parsed, data: { ...parsed.data, reviews: packReviews(reviews) } };
}

export interface BackupProblem {
	path: string;
	problem: string;
}

/**
 * The rules a schema cannot see one record at a time: ids unique, no review twice, every review's
 * item has a card, the header agreeing with the data. Paths are those of the file.
 *
 * @example findReferenceProblem(parsed) // { path: 'data.reviews[2][0]', problem: 'no card ...' }
 */
export function findReferenceProblem(parsed: ParsedBackup): BackupProblem | undefined {
	const { data } = parsed;
	// Packed in the file's order, so a problem's index is the file's.
	const reviews = parsed.version === 1 ? packReviews(parsed.data.reviews) : parsed.data.reviews;
	const itemIdPath = (index: number) =>
		parsed.version === 1 ? `data.reviews[${index}].itemId` : `data.reviews[${index}][0]`;
	const problem =
		duplicateProblem(data.cards, (card) => card.itemId, 'data.cards', '.itemId') ??
		(parsed.version === 1
			? duplicateProblem(parsed.data.reviews, (review) => review.id, 'data.reviews', '.id')
			: undefined) ??
		duplicateReviewProblem(reviews) ??
		duplicateProblem(data.quizzes, (quiz) => quiz.id, 'data.quizzes', '.id') ??
		duplicateProblem(data.results, (result) => result.id, 'data.results', '.id');
	if (problem) return problem;

	const itemIds = new Set(data.cards.map((card) => card.itemId));
	const orphan = reviews.itemIds.findIndex((itemId) => !itemIds.has(itemId));
	if (orphan >= 0) {
		return {
			path: itemIdPath(orphan),
			problem: `no card has this item id (${JSON.stringify(reviews.itemIds[orphan])})`
		};
	}
	if (parsed.contentVersion !== data.meta?.contentVersion) {
		return { path: 'contentVersion', problem: 'does not match data.meta.contentVersion' };
	}
	return undefined;
}

/**
 * Like duplicateProblem by reviewIdentity, but keyed by time first: a Map of 200,000 numbers fills
 * in a fraction of the time a Map of as many strings does, and reviews rarely share a millisecond.
 */
function duplicateReviewProblem(reviews: PackedReviews): BackupProblem | undefined {
	const firstAtTime = new Map<number, number>();
	/** Only reviews sharing their time with an earlier one, and that one. */
	const firstWithIdentity = new Map<string, number>();
	for (let index = 0; index < reviews.itemIds.length; index++) {
		const time = reviewTimeAt(reviews, index);
		const sameTime = firstAtTime.get(time);
		if (sameTime === undefined) {
			firstAtTime.set(time, index);
			continue;
		}
		const earlier = reviewIdentityAt(reviews, sameTime);
		if (!firstWithIdentity.has(earlier)) firstWithIdentity.set(earlier, sameTime);
		const identity = reviewIdentityAt(reviews, index);
		const first = firstWithIdentity.get(identity);
		if (first !== undefined) {
			return {
				path: `data.reviews[${index}]`,
				problem: `duplicate of data.reviews[${first}] (same item, time and rating)`
			};
		}
		firstWithIdentity.set(identity, index);
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
		const identity = key(item);
		const first = firstIndex.get(identity);
		if (first !== undefined) {
			return {
				path: `${at}[${index}]${field}`,
				problem: `duplicate of ${at}[${first}]${field}`
			};
		}
		firstIndex.set(identity, index);
	}
	return undefined;
}
