import { describe, expect, it } from 'vitest';
import { fieldProblem } from './backup-refusal';
import { BackupError, checkBackupSize, parseBackup } from './backup';

describe('fieldProblem', () => {
	it('reads back the code and its figures from each description the checks write', () => {
		expect(fieldProblem('longer than 200 characters (see docs/backup-format.md)')).toEqual({
			code: 'too-long',
			max: 200
		});
		expect(fieldProblem('a text longer than 2000 characters (see docs/backup-format.md)')).toEqual({
			code: 'too-long',
			max: 2000
		});
		expect(fieldProblem('more than 1,000,000 reviews (see docs/backup-format.md)')).toEqual({
			code: 'too-many',
			max: 1_000_000
		});
		expect(fieldProblem('too far in the past (before 2000-01-01)')).toEqual({
			code: 'too-early',
			date: '2000-01-01'
		});
		expect(fieldProblem('too far in the future (after 2176-12-04)')).toEqual({
			code: 'too-late',
			date: '2176-12-04'
		});
		expect(fieldProblem('duplicate of data.cards[0].itemId')).toEqual({
			code: 'duplicate',
			of: 'data.cards[0].itemId'
		});
		expect(fieldProblem('missing')).toEqual({ code: 'missing' });
		expect(fieldProblem('unknown field')).toEqual({ code: 'unknown-field' });
		expect(fieldProblem('must not be empty')).toEqual({ code: 'empty' });
		expect(fieldProblem('not a valid date')).toEqual({ code: 'bad-date' });
		expect(fieldProblem('no card has this item id ("x-1")')).toEqual({ code: 'no-card' });
		expect(fieldProblem('expected a rating (0 to 4) but received 9')).toEqual({ code: 'invalid' });
	});
});

describe('a refused backup', () => {
	const refusal = async (text: string) => {
		try {
			await parseBackup(text, new Date());
		} catch (error) {
			if (error instanceof BackupError) return error.refusal;
			throw error;
		}
		throw new Error('the file was accepted');
	};

	it('carries a code for the whole file', async () => {
		expect(await refusal('{"format":')).toEqual({ code: 'not-json' });
		expect(await refusal('[]')).toEqual({ code: 'not-backup' });
		expect(await refusal('{"format":"other"}')).toEqual({ code: 'not-backup' });
		expect(await refusal('{"format":"repaso-backup","version":9}')).toEqual({
			code: 'newer-version',
			version: 9
		});
		expect(await refusal('{"format":"repaso-backup","version":0}')).toEqual({
			code: 'unsupported-version'
		});
	});

	it('names the field and its problem', async () => {
		expect(await refusal('{"format":"repaso-backup","version":2}')).toMatchObject({
			code: 'field',
			problem: { code: 'missing' }
		});
	});

	it('says how large a file too large to read is', () => {
		expect(() => checkBackupSize(201 * 1024 * 1024)).toThrow(BackupError);
		try {
			checkBackupSize(201 * 1024 * 1024);
		} catch (error) {
			expect((error as BackupError).refusal).toEqual({
				code: 'too-large',
				megabytes: 201,
				limit: 200
			});
		}
	});
});
