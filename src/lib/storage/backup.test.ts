import { describe, expect, it } from 'vitest';
import { Rating, State } from 'ts-fsrs';
import { canonicalJson, sha256Hex } from '$lib/util/hash';
import { BackupError, checkBackupSize, exportBackup, parseBackup } from './backup';
import { FILE_LIMITS } from './limits';
import { reviewTuple, type BackupFile, type BackupFileV1, type ReviewTuple } from './backup-schema';
import { putCards } from './cards';
import { unpackReviews } from './review-pages';
import { commitReview, getReviewLog } from './reviews';
import type { RepasoDb } from './schema';
import { getSettings, saveSettings } from './settings';
import {
	T0,
	minutesAfterT0,
	newCard,
	openTestDb,
	resign,
	reviewOf,
	seedStudyData
} from './test-fixtures';

const NOW = minutesAfterT0(24 * 60);

async function seededDb(): Promise<RepasoDb> {
	const { db } = await openTestDb();
	await seedStudyData(db);
	return db;
}

async function seededFile(): Promise<BackupFile> {
	return JSON.parse(await exportBackup(await seededDb(), NOW)) as BackupFile;
}

/** The same file with its checksum made to fit its (edited) data again. */
async function reseal(file: BackupFile): Promise<BackupFile> {
	return { ...file, checksum: await sha256Hex(JSON.stringify(file.data)) };
}

/** The same data as the first release wrote it: reviews as objects with ids, ISO dates. */
function asVersion1(file: BackupFile): BackupFileV1 {
	const reviews = file.data.reviews.map((tuple, index) => {
		const [itemId, review, rating, state, due, ...numbers] = tuple;
		const [stability, difficulty, elapsed, lastElapsed, scheduled, steps, previousDue] = numbers;
		return {
			id: index + 1,
			itemId,
			log: {
				rating,
				state,
				due: new Date(due).toISOString(),
				stability,
				difficulty,
				elapsed_days: elapsed,
				last_elapsed_days: lastElapsed,
				scheduled_days: scheduled,
				learning_steps: steps,
				review: new Date(review).toISOString()
			},
			...(previousDue === null ? {} : { previousDue: new Date(previousDue).toISOString() })
		};
	});
	// Records in any order: the ids say which came first.
	return { ...file, version: 1, data: { ...file.data, reviews: reviews.reverse() } };
}

async function rejection(text: string): Promise<BackupError> {
	const error = await parseBackup(text, NOW).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(BackupError);
	return error as BackupError;
}

describe('exportBackup', () => {
	it('writes one versioned JSON object, data compact and summed, records sorted, reviews as tuples in commit order', async () => {
		const db = await seededDb();
		const text = await exportBackup(db, NOW);
		const file = JSON.parse(text) as BackupFile;
		// Written straight from the pages: each row must be exactly the review's ReviewTuple.
		expect(file.data.reviews).toEqual((await getReviewLog(db)).map(reviewTuple));
		expect(file).toMatchObject({
			format: 'repaso-backup',
			version: 2,
			exportedAt: NOW.toISOString(),
			contentVersion: 'bank-1'
		});
		const dataText = JSON.stringify(file.data);
		expect(text.endsWith(`,"data":${dataText}}`)).toBe(true);
		expect(file.checksum).toBe(await sha256Hex(dataText));
		expect(file.data.cards.map((card) => card.itemId)).toEqual([
			'el-salvador-1',
			'timeline-1',
			'timeline-2',
			'whos-who-2'
		]);
		expect(file.data.cards[1]?.card.due).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
		// whos-who-2 was reviewed at minute 5 but committed last.
		expect(file.data.reviews.map((review) => [review[0], review[1]])).toEqual([
			['timeline-1', T0.getTime()],
			['timeline-1', minutesAfterT0(12).getTime()],
			['timeline-1', minutesAfterT0(30).getTime()],
			['whos-who-2', minutesAfterT0(5).getTime()]
		]);
		expect(file.data.reviews[0]).toEqual([
			'timeline-1',
			T0.getTime(),
			Rating.Good,
			State.New,
			expect.any(Number),
			expect.any(Number),
			expect.any(Number),
			0,
			0,
			0,
			expect.any(Number),
			null
		]);
		expect(file.data.settings).toMatchObject({ dailyNewLimit: 12, dayStartHour: 6 });
		expect(file.data.meta).toEqual({
			contentVersion: 'bank-1',
			lastReconciledAt: T0.toISOString()
		});
	});

	it('keeps the due date before a review, and leaves out this device’s bank ranks', async () => {
		const db = await seededDb();
		const record = { ...newCard('tariff-threat-1'), bankRank: 7 };
		await putCards(db, [record]);
		const review = reviewOf(record, Rating.Hard, minutesAfterT0(40));
		await commitReview(db, { ...review, previousDue: T0 });

		const file = JSON.parse(await exportBackup(db, NOW)) as BackupFile;

		expect(file.data.reviews.at(-1)?.[11]).toBe(T0.getTime());
		expect(file.data.cards.find((card) => card.itemId === 'tariff-threat-1')).not.toHaveProperty(
			'bankRank'
		);
	});

	it('gives the same text for the same data', async () => {
		expect(await exportBackup(await seededDb(), NOW)).toBe(
			await exportBackup(await seededDb(), NOW)
		);
	});
});

describe('parseBackup', () => {
	it('returns typed records with Date objects, reviews in commit order as the log holds them', async () => {
		const db = await seededDb();
		const text = await exportBackup(db, NOW);
		const backup = await parseBackup(text, NOW);
		expect(backup.exportedAt).toEqual(NOW);
		expect(unpackReviews(backup.data.reviews)).toEqual(await getReviewLog(db));
		expect(unpackReviews(backup.data.reviews)[0]?.log.review).toEqual(T0);
		expect(backup.data.cards[1]?.card.due).toBeInstanceOf(Date);
		expect(backup.data.quizzes[0]).toMatchObject({
			createdAt: T0,
			questionTypes: ['mcq', 'truefalse']
		});
	});

	it('accepts the file however it is spaced: the checksum covers the data, not the layout', async () => {
		const text = await exportBackup(await seededDb(), NOW);
		const spaced = JSON.stringify(JSON.parse(text), null, '\t');
		expect(await parseBackup(spaced, NOW)).toEqual(await parseBackup(text, NOW));
	});

	it('reads settings written before the new-card order existed, with its default', async () => {
		const file = JSON.parse(await exportBackup(await seededDb(), NOW)) as BackupFile;
		expect(file.data.settings).toMatchObject({ newCardOrder: 'mixed' });
		delete (file.data.settings as { newCardOrder?: string }).newCardOrder;
		const checksum = await sha256Hex(JSON.stringify(file.data));
		const older = await parseBackup(JSON.stringify({ ...file, checksum }), NOW);
		expect(older.data.settings.newCardOrder).toBe('mixed');
	});

	it('keeps the new-card order the learner chose', async () => {
		const db = await seededDb();
		await saveSettings(db, { ...(await getSettings(db)), newCardOrder: 'bySet' });
		const backup = await parseBackup(await exportBackup(db, NOW), NOW);
		expect(backup.data.settings.newCardOrder).toBe('bySet');
	});

	it('reads a version 1 file, putting its reviews in the order of their ids', async () => {
		const db = await seededDb();
		const file = await seededFile();
		const v1 = await resign(asVersion1(file));
		expect(v1.checksum).toBe(await sha256Hex(canonicalJson(v1.data)));

		const backup = await parseBackup(JSON.stringify(v1, null, 2), NOW);

		expect(backup.version).toBe(1);
		expect(unpackReviews(backup.data.reviews)).toEqual(await getReviewLog(db));
		expect(backup.data.cards).toEqual((await parseBackup(JSON.stringify(file), NOW)).data.cards);
	});

	it('names the problems of a version 1 file by its own paths', async () => {
		const v1 = asVersion1(await seededFile());
		(v1.data.reviews[3] as { id: number }).id = 3;
		expect((await rejection(JSON.stringify(await resign(v1)))).message).toBe(
			'data.reviews[3].id: duplicate of data.reviews[1].id'
		);
		const late = asVersion1(await seededFile());
		(late.data.reviews[1] as { log: { review: string } }).log.review = '2031-01-01T00:00:00.000Z';
		expect((await rejection(JSON.stringify(await resign(late)))).message).toBe(
			'data.reviews[1].log.review: too far in the future (after 2025-03-09)'
		);
	});

	it('rejects text that is not JSON, or cut short', async () => {
		const text = await exportBackup(await seededDb(), NOW);
		expect((await rejection('hello')).message).toMatch(/not valid JSON/);
		expect((await rejection(text.slice(0, text.length / 2))).message).toMatch(/not valid JSON/);
	});

	it('rejects JSON that is not a Repaso backup', async () => {
		expect((await rejection('[1,2]')).message).toMatch(/not a Repaso backup/);
		expect((await rejection('{"format":"anki"}')).path).toBe('format');
		expect((await rejection('{"format":"repaso-backup","version":0}')).message).toBe(
			'version: unsupported backup version (expected 1 or 2)'
		);
	});

	it('explains a backup from a newer version', async () => {
		const file = { ...(await seededFile()), version: 3 };
		const error = await rejection(JSON.stringify(file));
		expect(error.message).toBe(
			'version: made by a newer version of Repaso (backup version 3); update the app to import it'
		);
	});

	it('rejects a file whose data no longer matches its checksum', async () => {
		const file = await seededFile();
		(file.data.reviews[0] as unknown[])[2] = Rating.Easy;
		expect((await rejection(JSON.stringify(file))).message).toMatch(/^checksum: does not match/);
	});

	type Edit = (file: BackupFile) => void;
	const review = (file: BackupFile, index: number) => file.data.reviews[index] as unknown[];
	const cases: [string, Edit, string][] = [
		[
			'an invalid date',
			(file) =>
				((file.data.cards[3] as { card: { due: string } }).card.due = '2025-02-30T00:00:00.000Z'),
			'data.cards[3].card.due: not a valid date'
		],
		[
			'a review time far in the future',
			(file) => (review(file, 1)[1] = Date.parse('2031-01-01T00:00:00.000Z')),
			'data.reviews[1][1]: too far in the future (after 2025-03-09)'
		],
		[
			'a review due far in the past',
			(file) => (review(file, 0)[4] = 0),
			'data.reviews[0][4]: too far in the past (before 2000-01-01)'
		],
		[
			'a review time that is not milliseconds',
			(file) => (review(file, 2)[1] = T0.toISOString()),
			'data.reviews[2][1]: not a valid date (expected whole milliseconds since 1970, received "2025-03-01T09:00:00.000Z")'
		],
		[
			'a previous due date that is not a date',
			(file) => (review(file, 3)[11] = 1.5),
			'data.reviews[3][11]: not a valid date (expected whole milliseconds since 1970, received 1.5)'
		],
		[
			'a date far in the past',
			(file) =>
				((file.data.cards[0] as { card: { due: string } }).card.due = '1900-01-01T00:00:00.000Z'),
			'data.cards[0].card.due: too far in the past (before 2000-01-01)'
		],
		[
			'a negative stability',
			(file) => ((file.data.cards[1] as { card: { stability: number } }).card.stability = -1),
			'data.cards[1].card.stability: Invalid value: Expected >=0 but received -1'
		],
		[
			'a negative stability in a review',
			(file) => (review(file, 2)[5] = -1),
			'data.reviews[2][5]: expected a number from 0 to 36500 but received -1'
		],
		[
			'a fractional rep count',
			(file) => ((file.data.cards[1] as { card: { reps: number } }).card.reps = 1.5),
			'data.cards[1].card.reps: Invalid integer: Received 1.5'
		],
		[
			'a lapse count beyond what reviews can reach',
			(file) => ((file.data.cards[0] as { card: { lapses: number } }).card.lapses = 1_000_001),
			'data.cards[0].card.lapses: Invalid value: Expected <=1000000 but received 1000001'
		],
		[
			'a memory state ts-fsrs cannot schedule from',
			(file) =>
				Object.assign((file.data.cards[0] as { card: object }).card, {
					stability: 2,
					difficulty: 0.5
				}),
			'data.cards[0].card: stability 2 and difficulty 0.5 are no memory state: both 0 (not yet reviewed), or stability at least 0.001 and difficulty from 1 to 10'
		],
		[
			'an unknown rating',
			(file) => (review(file, 0)[2] = 7),
			'data.reviews[0][2]: expected a rating (0 to 4) but received 7'
		],
		[
			'an unknown state',
			(file) => (review(file, 0)[3] = '1'),
			'data.reviews[0][3]: expected a card state (0 to 3) but received "1"'
		],
		[
			'a review with a value missing',
			(file) => review(file, 2).pop(),
			'data.reviews[2]: expected an array of 12 values (see docs/backup-format.md)'
		],
		[
			'reviews that are not a list',
			(file) => ((file.data as { reviews: unknown }).reviews = {}),
			'data.reviews: expected an array of reviews'
		],
		[
			'a missing field',
			(file) => delete (file.data.cards[2] as { suspended?: boolean }).suspended,
			'data.cards[2].suspended: missing'
		],
		[
			'an unknown field (a bank rank, which belongs to one device)',
			(file) => Object.assign(file.data.cards[2] as object, { bankRank: 1 }),
			'data.cards[2].bankRank: unknown field'
		],
		[
			'a duplicate card',
			(file) => file.data.cards.push(file.data.cards[1] as never),
			'data.cards[4].itemId: duplicate of data.cards[1].itemId'
		],
		[
			'the same review twice',
			(file) => file.data.reviews.push([...(file.data.reviews[1] as ReviewTuple)]),
			'data.reviews[4]: duplicate of data.reviews[1] (same item, time and rating)'
		],
		[
			'a review without a card',
			(file) => (review(file, 2)[0] = 'gone-9'),
			'data.reviews[2][0]: no card has this item id ("gone-9")'
		],
		[
			'a duplicate result',
			(file) => ((file.data.results[1] as { id: string }).id = 'result-1'),
			'data.results[1].id: duplicate of data.results[0].id'
		],
		[
			'header and data disagreeing on the content version',
			(file) => (file.contentVersion = 'bank-9'),
			'contentVersion: does not match data.meta.contentVersion'
		],
		[
			'a quiz title no one would type (the app allows 60 characters)',
			(file) => ((file.data.quizzes[0] as { title: string }).title = 'x'.repeat(201)),
			'data.quizzes[0].title: longer than 200 characters (see docs/backup-format.md)'
		],
		[
			'an item id longer than any the bank uses',
			(file) => ((file.data.cards[0] as { itemId: string }).itemId = 'x'.repeat(5_000)),
			'data.cards[0].itemId: longer than 200 characters (see docs/backup-format.md)'
		],
		[
			'a review of an item id longer than any the bank uses',
			(file) => (review(file, 0)[0] = 'y'.repeat(201)),
			`data.reviews[0][0]: expected an item id (1 to 200 characters) but received "${'y'.repeat(40)}"…`
		],
		[
			'a long text among a result’s other fields',
			(file) => Object.assign(file.data.results[0] as object, { note: 'z'.repeat(2_001) }),
			'data.results[0].note: a text longer than 2000 characters (see docs/backup-format.md)'
		],
		[
			'a long list among a quiz’s other fields',
			(file) => Object.assign(file.data.quizzes[0] as object, { extra: [Array(1_001).fill(1)] }),
			'data.quizzes[0].extra: more than 1,000 entries (see docs/backup-format.md)'
		],
		[
			'a quiz of more item ids than any quiz holds',
			(file) =>
				((file.data.quizzes[0] as { itemIds: string[] }).itemIds = Array.from(
					{ length: 1_001 },
					(_, index) => `timeline-${index}`
				)),
			'data.quizzes[0].itemIds: more than 1,000 item ids (see docs/backup-format.md)'
		],
		[
			'a result with more fields than any result has',
			(file) =>
				Object.assign(
					file.data.results[0] as object,
					Object.fromEntries(Array.from({ length: 1_000 }, (_, index) => [`f${index}`, 1]))
				),
			'data.results[0]: more than 1,000 fields, or a field name longer than 200 characters (see docs/backup-format.md)'
		],
		[
			'more quizzes than a teacher saves',
			(file) => {
				const quiz = file.data.quizzes[0] as never;
				file.data.quizzes = Array.from({ length: 10_001 }, () => quiz);
			},
			'data.quizzes: more than 10,000 quizzes (see docs/backup-format.md)'
		],
		[
			'an invalid setting',
			(file) => ((file.data.settings as { dayStartHour: number }).dayStartHour = 24),
			'data.settings.dayStartHour: Invalid value: Expected <=23 but received 24'
		]
	];

	it.each(cases)('names where the problem is: %s', async (_name, edit, message) => {
		const file = await seededFile();
		edit(file);
		expect((await rejection(JSON.stringify(await reseal(file)))).message).toBe(message);
	});

	it('takes reviews of different cards, or graded differently, in the same millisecond', async () => {
		const file = await seededFile();
		review(file, 3)[1] = T0.getTime(); // whos-who-2 at the time of timeline-1's first review
		const regraded: ReviewTuple = [...(file.data.reviews[0] as ReviewTuple)];
		regraded[2] = Rating.Easy; // timeline-1's first review again, but graded Easy
		file.data.reviews.push(regraded);
		const backup = await parseBackup(JSON.stringify(await reseal(file)), NOW);
		expect(backup.data.reviews.itemIds).toHaveLength(5);
	});

	it('reports the first problem in the order of the file', async () => {
		const file = await seededFile();
		review(file, 1)[5] = -1;
		(file.data.settings as { dayStartHour: number }).dayStartHour = 24;
		expect((await rejection(JSON.stringify(await reseal(file)))).path).toBe('data.reviews[1][5]');
	});

	it('refuses lists and objects nested deeper than a quiz or a result nests them', async () => {
		const text = await exportBackup(await seededDb(), NOW);
		const deep = '['.repeat(50_000) + ']'.repeat(50_000);
		// The fields are checked before the checksum, so this fails on its nesting.
		const error = await rejection(
			text.replace('"questionTypes":', `"deep":${deep},"questionTypes":`)
		);
		expect(error.message).toMatch(
			/^data\.quizzes\[\d\]\.deep: lists or objects nested more than 8 deep/
		);
	});

	it('refuses a file larger than any backup before reading it, and its text too', async () => {
		expect(() => checkBackupSize(FILE_LIMITS.bytes)).not.toThrow();
		expect(() => checkBackupSize(FILE_LIMITS.bytes + 1)).toThrow(
			'the file is 201 MB, more than any Repaso backup (at most 200 MB)'
		);
		const huge = `{"format":"repaso-backup","pad":"${' '.repeat(FILE_LIMITS.bytes)}"}`;
		expect((await rejection(huge)).message).toMatch(/^the file is 201 MB/);
	});
});
