import { describe, expect, it } from 'vitest';
import { defaultSettings } from '$lib/srs/settings';
import { getAllCards } from './cards';
import { getMeta } from './meta';
import { getAllQuizzes } from './quizzes';
import { deleteAllData } from './reset';
import { reviewTimesSince } from './reviews';
import { getSettings } from './settings';
import { minutesAfterT0, openTestDb, seedStudyData } from './test-fixtures';

describe('deleteAllData', () => {
	it('deletes the learner’s data and keeps this device’s install id and schema version', async () => {
		const { db } = await openTestDb();
		await seedStudyData(db);

		await deleteAllData(db);

		expect(await getAllCards(db)).toEqual([]);
		expect(await reviewTimesSince(db, minutesAfterT0(-1e6))).toEqual([]);
		expect(await getAllQuizzes(db)).toEqual([]);
		expect(await db.count('results')).toBe(0);
		expect(await getSettings(db)).toEqual(defaultSettings());
		expect(await getMeta(db, 'contentVersion')).toBeUndefined();
		expect(await getMeta(db, 'lastReconciledAt')).toBeUndefined();
		expect(await getMeta(db, 'installId')).toBe('install-1');
		expect(await getMeta(db, 'schemaVersion')).toBe(1);
	});
});
