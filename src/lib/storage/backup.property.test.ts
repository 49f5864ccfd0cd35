/**
 * Any file, valid or broken in any way, is either imported whole or rejected with a BackupError and
 * the database exactly as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rating } from 'ts-fsrs';
import { BackupError, exportBackup, parseBackup } from './backup';
import { importBackup, reviewIdentity, type ImportMode } from './backup-import';
import type { Backup, BackupFile } from './backup-schema';
import { getAllCards } from './cards';
import { databaseDigest } from './digest';
import { getAllQuizzes } from './quizzes';
import { putQuiz } from './quizzes';
import { commitReview, reviewsBetween } from './reviews';
import type { RepasoDb } from './schema';
import {
	minutesAfterT0,
	newCard,
	openTestDb,
	resign,
	reviewOf,
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
let paths: Path[];
let datePaths: Path[];

beforeAll(async () => {
	const { db } = await openTestDb();
	await seedStudyData(db);
	valid = await exportBackup(db, NOW);
	validText = JSON.stringify(valid, null, 2);
	paths = pathsIn(valid);
	datePaths = paths.filter((path) => /^\d{4}-\d\d-\d\dT/.test(String(valueAt(valid, path))));
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
	1740819600000
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
		edited(['data', 'reviews', index % valid.data.reviews.length, 'itemId'], (review, key) => {
			review[key] = itemId;
		})
	)
);

const candidate: fc.Arbitrary<Candidate> = fc.oneof(
	{ weight: 1, arbitrary: fc.constant(null).map(() => ({ text: validText })) },
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
	return JSON.stringify(candidate.reseal ? await resign(candidate.file) : candidate.file);
}

/** A database with a little data of its own, different from the file's. */
async function targetDb(): Promise<RepasoDb> {
	const { db } = await openTestDb();
	await commitReview(db, reviewOf(newCard('tariff-threat-1'), Rating.Good, minutesAfterT0(3)));
	await commitReview(db, reviewOf(newCard('timeline-1'), Rating.Easy, minutesAfterT0(500)));
	await putQuiz(db, savedQuiz('quiz-own'));
	return db;
}

const allReviews = (db: RepasoDb) => reviewsBetween(db, minutesAfterT0(-1e7), minutesAfterT0(1e7));

/** The parsed data as export writes it: JSON form, records in key order. */
function asExported(data: Backup['data']): Json {
	const byKey = <T>(items: T[], key: (item: T) => string | number) =>
		[...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
	return JSON.parse(
		JSON.stringify({
			...data,
			cards: byKey(data.cards, (card) => card.itemId),
			reviews: byKey(data.reviews, (review) => review.id),
			quizzes: byKey(data.quizzes, (quiz) => quiz.id),
			results: byKey(data.results, (result) => result.id),
			meta: data.meta ?? {}
		})
	);
}

async function expectImportedWhole(
	db: RepasoDb,
	backup: Backup,
	mode: ImportMode,
	reviewsBefore: Set<string>
): Promise<void> {
	if (mode === 'replace') {
		expect((await exportBackup(db, NOW)).data).toEqual(asExported(backup.data));
		return;
	}
	const identities = (await allReviews(db)).map(reviewIdentity);
	const expected = new Set([...reviewsBefore, ...backup.data.reviews.map(reviewIdentity)]);
	expect(identities.length).toBe(expected.size);
	expect(new Set(identities)).toEqual(expected);
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
					const reviewsBefore = new Set((await allReviews(db)).map(reviewIdentity));
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
