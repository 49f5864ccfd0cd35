import { describe, expect, it } from 'vitest';
import { defaultSettings } from '$lib/srs/settings';
import { getAllCards } from './cards';
import { getMeta } from './meta';
import { getAllQuizzes } from './quizzes';
import { deleteAllData } from './reset';
import { SCHEMA_VERSION } from './migrations';
import { getReviewLog } from './reviews';
import { STORE_NAMES } from './schema';
import { getSettings } from './settings';
import { openTestDb, seedStudyData } from './test-fixtures';

describe('deleteAllData', () => {
	it('deletes the learner’s data and keeps this device’s install id and schema version', async () => {
		const { db } = await openTestDb();
		await seedStudyData(db);

		await deleteAllData(db);

		expect(await getAllCards(db)).toEqual([]);
		expect(await getReviewLog(db)).toEqual([]);
		expect(await getAllQuizzes(db)).toEqual([]);
		for (const store of STORE_NAMES.filter((name) => name !== 'meta')) {
			expect(await db.count(store)).toBe(0);
		}
		expect(await getSettings(db)).toEqual(defaultSettings());
		expect(await getMeta(db, 'contentVersion')).toBeUndefined();
		expect(await getMeta(db, 'lastReconciledAt')).toBeUndefined();
		expect(await getMeta(db, 'installId')).toBe('install-1');
		expect(await getMeta(db, 'schemaVersion')).toBe(SCHEMA_VERSION);
	});
});
