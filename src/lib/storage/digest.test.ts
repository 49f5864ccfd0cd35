import { describe, expect, it } from 'vitest';
import { databaseDigest, databaseSnapshot } from './digest';
import { setMeta } from './meta';
import type { RepasoDb } from './schema';
import { T0, newCard, openTestDb, seedStudyData } from './test-fixtures';

describe('databaseDigest', () => {
	it('is equal for databases with equal contents', async () => {
		const { db: a } = await openTestDb();
		const { db: b } = await openTestDb();
		await seedStudyData(a);
		await seedStudyData(b);
		expect(await databaseDigest(a)).toBe(await databaseDigest(b));
		expect(await databaseDigest(a)).toMatch(/^[0-9a-f]{64}$/);
	});

	it.each<[string, (db: RepasoDb) => Promise<unknown>]>([
		['card pages', (db) => db.clear('cardPages')],
		['card changes', (db) => db.put('cardChanges', newCard('timeline-77'))],
		['review pages', (db) => db.clear('reviewPages')],
		['review tallies', (db) => db.clear('reviewTallies')],
		['quizzes', (db) => db.clear('quizzes')],
		['results', (db) => db.delete('results', 'result-2')],
		['settings', (db) => db.clear('settings')],
		['meta', (db) => setMeta(db, 'installId', 'install-2')]
	])('changes when %s change', async (_store, change) => {
		const { db } = await openTestDb();
		await seedStudyData(db);
		const before = await databaseDigest(db);
		await change(db);
		expect(await databaseDigest(db)).not.toBe(before);
	});

	it('tells a Date from its ISO string', async () => {
		const { db: a } = await openTestDb();
		const { db: b } = await openTestDb();
		await setMeta(a, 'lastBackupAt', T0);
		await b.put('meta', T0.toISOString(), 'lastBackupAt');
		expect(await databaseSnapshot(a)).not.toBe(await databaseSnapshot(b));
	});
});
