import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackup } from './backup';
import { summariseBackup, summariseDevice } from './backup-compare';
import { minutesAfterT0, openTestDb, seedStudyData } from './test-fixtures';

const NOW = minutesAfterT0(24 * 60);

describe('summariseDevice and summariseBackup', () => {
	it('count cards and reviews and find the newest review, the same on both sides', async () => {
		const { db } = await openTestDb();
		await seedStudyData(db);
		const device = await summariseDevice(db);
		expect(device).toEqual({ cards: 4, reviews: 4, newestReview: minutesAfterT0(30) });
		const backup = await parseBackup(await exportBackup(db, NOW), NOW);
		expect(summariseBackup(backup)).toEqual(device);
	});

	it('say there is no review on an empty device', async () => {
		const { db } = await openTestDb();
		expect(await summariseDevice(db)).toEqual({ cards: 0, reviews: 0, newestReview: null });
	});
});
