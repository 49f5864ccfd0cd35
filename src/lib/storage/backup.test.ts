import { describe, expect, it } from 'vitest';
import { BackupError, exportBackup, parseBackup } from './backup';
import type { BackupFile } from './backup-schema';
import { canonicalJson, sha256Hex } from '$lib/util/hash';
import { T0, minutesAfterT0, openTestDb, resign, seedStudyData } from './test-fixtures';

const NOW = minutesAfterT0(24 * 60);

async function seededExport(): Promise<BackupFile> {
	const { db } = await openTestDb();
	await seedStudyData(db);
	return exportBackup(db, NOW);
}

/** A deep copy to edit freely. */
const copy = (file: BackupFile): BackupFile => JSON.parse(JSON.stringify(file)) as BackupFile;

async function rejection(text: string): Promise<BackupError> {
	const error = await parseBackup(text, NOW).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(BackupError);
	return error as BackupError;
}

describe('exportBackup', () => {
	it('writes one versioned JSON object with ISO dates, sorted records and a checksum of data', async () => {
		const file = await seededExport();
		expect(file).toMatchObject({
			format: 'repaso-backup',
			version: 1,
			exportedAt: NOW.toISOString(),
			contentVersion: 'bank-1'
		});
		expect(file.checksum).toBe(await sha256Hex(canonicalJson(file.data)));
		expect(file.data.cards.map((card) => card.itemId)).toEqual([
			'el-salvador-1',
			'timeline-1',
			'timeline-2',
			'whos-who-2'
		]);
		expect(file.data.reviews.map((review) => review.id)).toEqual([1, 2, 3, 4]);
		expect(file.data.reviews[0]?.log.review).toBe(T0.toISOString());
		expect(file.data.settings).toMatchObject({ dailyNewLimit: 12, dayStartHour: 6 });
		expect(file.data.meta).toEqual({
			contentVersion: 'bank-1',
			lastReconciledAt: T0.toISOString()
		});
		expect(JSON.parse(JSON.stringify(file))).toEqual(file);
	});

	it('gives the same file for the same data', async () => {
		expect(await seededExport()).toEqual(await seededExport());
	});
});

describe('parseBackup', () => {
	it('returns typed data with Date objects for a valid file', async () => {
		const file = await seededExport();
		const backup = await parseBackup(JSON.stringify(file, null, 2), NOW);
		expect(backup.exportedAt).toEqual(NOW);
		expect(backup.data.reviews[0]?.log.review).toEqual(T0);
		expect(backup.data.cards[1]?.card.due).toBeInstanceOf(Date);
		expect(backup.data.quizzes[0]).toMatchObject({
			createdAt: T0,
			questionTypes: ['mcq', 'truefalse']
		});
	});

	it('rejects text that is not JSON, or cut short', async () => {
		const text = JSON.stringify(await seededExport());
		expect((await rejection('hello')).message).toMatch(/not valid JSON/);
		expect((await rejection(text.slice(0, text.length / 2))).message).toMatch(/not valid JSON/);
	});

	it('rejects JSON that is not a Repaso backup', async () => {
		expect((await rejection('[1,2]')).message).toMatch(/not a Repaso backup/);
		expect((await rejection('{"format":"anki"}')).path).toBe('format');
	});

	it('explains a backup from a newer version', async () => {
		const file = { ...(await seededExport()), version: 2 };
		const error = await rejection(JSON.stringify(file));
		expect(error.message).toBe(
			'version: made by a newer version of Repaso (backup version 2); update the app to import it'
		);
	});

	it('rejects a file whose data no longer matches its checksum', async () => {
		const file = copy(await seededExport());
		file.data.settings = { ...file.data.settings, dailyNewLimit: 99 };
		expect((await rejection(JSON.stringify(file))).message).toMatch(/^checksum: does not match/);
	});

	type Edit = (file: BackupFile) => void;
	const cases: [string, Edit, string][] = [
		[
			'an invalid date',
			(file) =>
				((file.data.cards[3] as { card: { due: string } }).card.due = '2025-02-30T00:00:00.000Z'),
			'data.cards[3].card.due: not a valid date'
		],
		[
			'a date far in the future',
			(file) =>
				((file.data.reviews[1] as { log: { review: string } }).log.review =
					'2031-01-01T00:00:00.000Z'),
			'data.reviews[1].log.review: too far in the future (after 2025-03-09)'
		],
		[
			'a date far in the past',
			(file) =>
				((file.data.cards[0] as { card: { due: string } }).card.due = '1900-01-01T00:00:00.000Z'),
			'data.cards[0].card.due: too far in the past (before 1975-03-02)'
		],
		[
			'a negative stability',
			(file) => ((file.data.cards[1] as { card: { stability: number } }).card.stability = -1),
			'data.cards[1].card.stability: Invalid value: Expected >=0 but received -1'
		],
		[
			'a fractional rep count',
			(file) => ((file.data.cards[1] as { card: { reps: number } }).card.reps = 1.5),
			'data.cards[1].card.reps: Invalid integer: Received 1.5'
		],
		[
			'an unknown state',
			(file) => ((file.data.reviews[0] as { log: { state: number } }).log.state = 7),
			'data.reviews[0].log.state: Invalid type: Expected (0 | 1 | 2 | 3) but received 7'
		],
		[
			'a missing field',
			(file) => delete (file.data.cards[2] as { suspended?: boolean }).suspended,
			'data.cards[2].suspended: missing'
		],
		[
			'an unknown field',
			(file) => Object.assign(file.data.reviews[2] as object, { extra: 1 }),
			'data.reviews[2].extra: unknown field'
		],
		[
			'a duplicate card',
			(file) => file.data.cards.push(file.data.cards[1] as never),
			'data.cards[4].itemId: duplicate of data.cards[1].itemId'
		],
		[
			'a duplicate review id',
			(file) => ((file.data.reviews[3] as { id: number }).id = 2),
			'data.reviews[3].id: duplicate of data.reviews[1].id'
		],
		[
			'a review without a card',
			(file) => ((file.data.reviews[2] as { itemId: string }).itemId = 'gone-9'),
			'data.reviews[2].itemId: no card has this item id ("gone-9")'
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
			'an invalid setting',
			(file) => ((file.data.settings as { dayStartHour: number }).dayStartHour = 24),
			'data.settings.dayStartHour: Invalid value: Expected <=23 but received 24'
		]
	];

	it.each(cases)('names where the problem is: %s', async (_name, edit, message) => {
		const file = copy(await seededExport());
		edit(file);
		expect((await rejection(JSON.stringify(await resign(file)))).message).toBe(message);
	});

	it('turns anything unexpected (here, nesting too deep to check) into a BackupError too', async () => {
		const text = JSON.stringify(await seededExport());
		const deep = '['.repeat(50_000) + ']'.repeat(50_000);
		const error = await rejection(
			text.replace('"questionTypes":', `"deep":${deep},"questionTypes":`)
		);
		expect(error.message).toBe('the file could not be read as a Repaso backup');
	});
});
