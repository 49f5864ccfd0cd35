/**
 * Any file, valid or broken in any way, is either imported whole or rejected with a BackupError and
 * the database exactly as it was; and whatever the learner does — review, undo, back up, restore by
 * merging or replacing — no review is lost or duplicated.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rating, type Grade } from 'ts-fsrs';
import { sha256Hex } from '$lib/util/hash';
import { BackupError, exportBackup, parseBackup } from './backup';
import { importBackup, reviewIdentity, type ImportMode } from './backup-import';
import { reviewTuple, type Backup, type BackupFile } from './backup-schema';
import { getAllCards, getCard } from './cards';
import { databaseDigest } from './digest';
import { getAllQuizzes, putQuiz } from './quizzes';
import { unpackReviews } from './review-pages';
import { commitReview, getReviewLog, undoLastReview } from './reviews';
import type { RepasoDb } from './schema';
import {
	minutesAfterT0,
	newCard,
	openTestDb,
	resign,
	reviewOf,
	rollback,
	savedQuiz,
	seedStudyData
} from './test-fixtures';

const NOW = minutesAfterT0(24 * 60);

type Json = unknown;
type Key = string | number;
type Path = Key[];

/** A candidate file: raw text, or an edited backup whose checksum may be recomputed to fit. */
type Candidate = { text: string } | { file: BackupFile; reseal: boolean };

let valid: BackupFile;
let validText: string;
/** The same data as a version 1 file, which the app still reads. */
let version1Text: string;
let paths: Path[];
let datePaths: Path[];

/** Where a review tuple holds a date (see ReviewTuple). */
const tupleDateFields = new Set([1, 4, 11]);

beforeAll(async () => {
	const { db } = await openTestDb();
	await seedStudyData(db);
	validText = await exportBackup(db, NOW);
	valid = JSON.parse(validText) as BackupFile;
	const reviews = (await getReviewLog(db)).map((review, index) => ({ id: index + 1, ...review }));
	const version1 = { ...valid, version: 1, data: { ...valid.data, reviews: reviews.reverse() } };
	version1Text = JSON.stringify(await resign(version1));
	paths = pathsIn(valid);
	datePaths = paths.filter(
		(path) =>
			/^\d{4}-\d\d-\d\dT/.test(String(valueAt(valid, path))) ||
			(path[1] === 'reviews' && path.length === 4 && tupleDateFields.has(path[3] as number))
	);
});

function pathsIn(value: Json, prefix: Path = []): Path[] {
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, item]) => {
		const path = [...prefix, Array.isArray(value) ? Number(key) : key];
		return [path, ...pathsIn(item, path)];
	});
}

function valueAt(root: Json, path: Path): Json {
	return path.reduce<Json>((node, key) => (node as Record<Key, Json>)[key], root);
}

/** A deep copy of the valid file with `edit` applied at `path` (given the parent and the key). */
function edited(path: Path, edit: (parent: Record<Key, Json>, key: Key) => void): BackupFile {
	const file = JSON.parse(JSON.stringify(valid)) as BackupFile;
	edit(valueAt(file, path.slice(0, -1)) as Record<Key, Json>, path[path.length - 1] as Key);
	return file;
}

/** One of a list only known once the valid file exists. */
const oneOf = <T>(items: () => T[]) => fc.nat().map((n) => items()[n % items().length] as T);

const oddValue = fc.oneof(
	fc.jsonValue(),
	fc.constantFrom<Json>(-1, 1.5, 0, '', 'x', null, true, [], {}, 1e308)
);
const badDate = fc.constantFrom<Json>(
	'not a date',
	'2025-02-30T00:00:00.000Z',
	'1800-01-01T00:00:00.000Z',
	'9999-12-31T23:59:59.999Z',
	'2025-03-01',
	'2025-03-01T09:00:00Z',
	'',
	1740819600000,
	1740819600000.5,
	-1,
	1e15,
	null
);

const editedFile: fc.Arbitrary<BackupFile> = fc.oneof(
	oneOf(() => paths).map((path) => edited(path, (parent, key) => delete parent[key])),
	fc
		.tuple(
			oneOf(() => paths),
			oddValue
		)
		.map(([path, value]) => edited(path, (parent, key) => (parent[key] = value))),
	fc
		.tuple(
			oneOf(() => datePaths),
			badDate
		)
		.map(([path, value]) => edited(path, (parent, key) => (parent[key] = value))),
	fc
		.tuple(fc.constantFrom('cards', 'reviews', 'quizzes', 'results'), fc.nat())
		.map(([name, index]) =>
			edited(['data', name], (data, key) => {
				const items = data[key] as Json[];
				items.push(structuredClone(items[index % items.length]));
			})
		),
	fc.tuple(fc.nat(), fc.string()).map(([index, itemId]) =>
		edited(['data', 'reviews', index % valid.data.reviews.length, 0], (review, key) => {
			review[key] = itemId;
		})
	)
);

const candidate: fc.Arbitrary<Candidate> = fc.oneof(
	{ weight: 1, arbitrary: fc.constant(null).map(() => ({ text: validText })) },
	{ weight: 1, arbitrary: fc.constant(null).map(() => ({ text: version1Text })) },
	{ weight: 6, arbitrary: fc.record({ file: editedFile, reseal: fc.boolean() }) },
	{
		weight: 1,
		arbitrary: fc.nat().map((n) => {
			const at = n % valid.checksum.length;
			const digit = valid.checksum[at] === '0' ? '1' : '0';
			const checksum = valid.checksum.slice(0, at) + digit + valid.checksum.slice(at + 1);
			return { text: JSON.stringify({ ...valid, checksum }) };
		})
	},
	{
		weight: 1,
		arbitrary: fc.nat().map((n) => ({ text: validText.slice(0, n % validText.length) }))
	},
	{ weight: 1, arbitrary: fc.jsonValue().map((value) => ({ text: JSON.stringify(value) })) },
	{ weight: 1, arbitrary: fc.string().map((text) => ({ text })) }
);

async function textOf(candidate: Candidate): Promise<string> {
	if ('text' in candidate) return candidate.text;
	const { file } = candidate;
	// A file without data is summed as empty text, so it still reaches the parser resealed.
	const checksum = candidate.reseal
		? await sha256Hex(JSON.stringify(file.data) ?? '')
		: file.checksum;
	return JSON.stringify({ ...file, checksum });
}

/** A database with a little data of its own, different from the file's. */
async function targetDb(): Promise<RepasoDb> {
	const { db } = await openTestDb();
	await commitReview(db, reviewOf(newCard('tariff-threat-1'), Rating.Good, minutesAfterT0(3)));
	await commitReview(db, reviewOf(newCard('timeline-1'), Rating.Easy, minutesAfterT0(500)));
	await putQuiz(db, savedQuiz('quiz-own'));
	return db;
}

/** The parsed data as export writes it: JSON form, records in key order, reviews in log order. */
function asExported(data: Backup['data']): Json {
	const byKey = <T>(items: T[], key: (item: T) => string | number) =>
		[...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
	return JSON.parse(
		JSON.stringify({
			...data,
			cards: byKey(data.cards, (card) => card.itemId),
			reviews: unpackReviews(data.reviews).map(reviewTuple),
			quizzes: byKey(data.quizzes, (quiz) => quiz.id),
			results: byKey(data.results, (result) => result.id),
			// The reconciled content version is forgotten on import, until the app reconciles again.
			meta: { ...data.meta, contentVersion: undefined }
		})
	);
}

async function expectImportedWhole(
	db: RepasoDb,
	backup: Backup,
	mode: ImportMode,
	reviewsBefore: string[]
): Promise<void> {
	if (mode === 'replace') {
		const exported = JSON.parse(await exportBackup(db, NOW)) as BackupFile;
		expect(exported.data).toEqual(asExported(backup.data));
		return;
	}
	// This device's log, then the file's reviews it lacked, in the file's order.
	const known = new Set(reviewsBefore);
	const added = unpackReviews(backup.data.reviews)
		.map(reviewIdentity)
		.filter((review) => !known.has(review));
	expect((await getReviewLog(db)).map(reviewIdentity)).toEqual([...reviewsBefore, ...added]);
	const cards = new Map((await getAllCards(db)).map((record) => [record.itemId, record.card]));
	for (const { itemId, card } of backup.data.cards) {
		const stored = cards.get(itemId);
		expect(stored).toBeDefined();
		expect(stored?.last_review?.getTime() ?? -Infinity).toBeGreaterThanOrEqual(
			card.last_review?.getTime() ?? -Infinity
		);
	}
	const quizIds = new Set((await getAllQuizzes(db)).map((quiz) => quiz.id));
	for (const quiz of backup.data.quizzes) expect(quizIds.has(quiz.id)).toBe(true);
}

describe('importing any file', () => {
	it('imports it whole or rejects it with the database unchanged (600 files)', async () => {
		let imported = 0;
		let rejected = 0;
		await fc.assert(
			fc.asyncProperty(
				candidate,
				fc.constantFrom<ImportMode>('replace', 'merge'),
				async (c, mode) => {
					const db = await targetDb();
					const before = await databaseDigest(db);
					const reviewsBefore = (await getReviewLog(db)).map(reviewIdentity);
					let backup: Backup;
					try {
						backup = await parseBackup(await textOf(c), NOW);
					} catch (error) {
						expect(error).toBeInstanceOf(BackupError);
						expect((error as BackupError).message).not.toBe('');
						expect(await databaseDigest(db)).toBe(before);
						rejected += 1;
						db.close();
						return;
					}
					await importBackup(db, backup, mode);
					await expectImportedWhole(db, backup, mode, reviewsBefore);
					imported += 1;
					db.close();
				}
			),
			{ numRuns: 600 }
		);
		// Both outcomes must really have been exercised for the property to mean anything.
		expect(imported).toBeGreaterThan(30);
		expect(rejected).toBeGreaterThan(300);
	}, 120_000);
});

describe('review history under any sequence of reviews, undos, backups and restores', () => {
	const ITEMS = ['timeline-1', 'timeline-2', 'whos-who-1'];

	interface Model {
		/** The identities of the reviews the log should hold, in its order. */
		log: string[];
		/** Backups taken so far, with the log each held. */
		backups: { text: string; log: string[] }[];
		/** Minutes after T0 of the next review: strictly increasing, as a real clock would be. */
		clock: number;
	}
	type Command = fc.AsyncCommand<Model, { db: RepasoDb }>;

	async function expectMatchesModel(model: Model, db: RepasoDb): Promise<void> {
		const log = await getReviewLog(db);
		expect(log.map(reviewIdentity)).toEqual(model.log);
		const itemsWithCards = new Set((await getAllCards(db)).map((record) => record.itemId));
		for (const review of log) expect(itemsWithCards.has(review.itemId)).toBe(true);
	}

	class Review implements Command {
		constructor(
			readonly item: string,
			readonly rating: Grade
		) {}
		check = () => true;
		async run(model: Model, { db }: { db: RepasoDb }) {
			const at = minutesAfterT0(model.clock);
			model.clock += 7;
			const record = (await getCard(db, this.item)) ?? newCard(this.item, at);
			const review = reviewOf(record, this.rating, at);
			await commitReview(db, { ...review, previousDue: record.card.due });
			model.log.push(reviewIdentity({ itemId: this.item, log: review.log }));
			await expectMatchesModel(model, db);
		}
		toString = () => `review(${this.item}, ${this.rating})`;
	}

	class Undo implements Command {
		check = () => true;
		async run(model: Model, { db }: { db: RepasoDb }) {
			const undone = await undoLastReview(db, rollback);
			expect(undone && reviewIdentity(undone.review)).toBe(model.log.pop() ?? null);
			await expectMatchesModel(model, db);
		}
		toString = () => 'undo';
	}

	class TakeBackup implements Command {
		check = () => true;
		async run(model: Model, { db }: { db: RepasoDb }) {
			model.backups.push({ text: await exportBackup(db, NOW), log: [...model.log] });
		}
		toString = () => 'backup';
	}

	class Restore implements Command {
		constructor(
			readonly which: number,
			readonly mode: ImportMode
		) {}
		check = (model: Readonly<Model>) => model.backups.length > 0;
		async run(model: Model, { db }: { db: RepasoDb }) {
			const backup = model.backups[this.which % model.backups.length];
			if (!backup) throw new Error('check() guarantees a backup');
			await importBackup(db, await parseBackup(backup.text, NOW), this.mode);
			const known = new Set(model.log);
			model.log =
				this.mode === 'replace'
					? [...backup.log]
					: [...model.log, ...backup.log.filter((review) => !known.has(review))];
			await expectMatchesModel(model, db);
		}
		toString = () => `${this.mode}(backup ${this.which})`;
	}

	const commands = [
		fc
			.tuple(fc.constantFrom(...ITEMS), fc.constantFrom<Grade>(1, 2, 3, 4))
			.map(([item, rating]) => new Review(item, rating)),
		fc.constant(new Undo()),
		fc.constant(new TakeBackup()),
		fc
			.tuple(fc.nat(), fc.constantFrom<ImportMode>('merge', 'replace'))
			.map(([which, mode]) => new Restore(which, mode))
	];

	it('never loses, duplicates or reorders a review (150 sequences)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.commands(commands, { maxCommands: 40 }), async (sequence) => {
				const { db } = await openTestDb();
				await fc.asyncModelRun(
					() => ({ model: { log: [], backups: [], clock: 0 }, real: { db } }),
					sequence
				);
				db.close();
			}),
			{ numRuns: 150 }
		);
	}, 120_000);
});
