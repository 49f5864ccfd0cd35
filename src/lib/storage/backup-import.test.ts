import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { defaultSettings } from '$lib/srs/settings';
import type { CardRecord } from '$lib/srs/types';
import { exportBackup, parseBackup } from './backup';
import { importBackup, reviewIdentity } from './backup-import';
import type { Backup, BackupFile } from './backup-schema';
import { getAllCards, getCard, putCards } from './cards';
import { databaseDigest, databaseSnapshot } from './digest';
import { getMeta, setMeta } from './meta';
import { SCHEMA_VERSION } from './migrations';
import { getAllQuizzes, getQuiz, putQuiz, resultsForQuiz } from './quizzes';
import { PAGE_CAPACITY } from './review-pages';
import { commitReview, getReviewLog, getTallies } from './reviews';
import type { RepasoDb } from './schema';
import { getSettings, saveSettings } from './settings';
import {
	minutesAfterT0,
	newCard,
	openTestDb,
	quizResult,
	resign,
	reviewOf,
	savedQuiz,
	seedStudyData,
	storeHistory,
	studyHistory
} from './test-fixtures';

const NOW = minutesAfterT0(24 * 60);

const pickRank = (record?: CardRecord) =>
	record?.bankRank === undefined ? {} : { bankRank: record.bankRank };

async function backupOf(db: RepasoDb): Promise<Backup> {
	return parseBackup(await exportBackup(db, NOW), NOW);
}

async function seededDb(): Promise<RepasoDb> {
	const { db } = await openTestDb();
	await seedStudyData(db);
	return db;
}

describe('importBackup, replace', () => {
	it('round-trips: importing an export into a fresh database gives the same database', async () => {
		const source = await seededDb();
		await commitReview(source, {
			...reviewOf(newCard('tariff-threat-1'), Rating.Hard, minutesAfterT0(40)),
			previousDue: minutesAfterT0(1)
		});
		const text = await exportBackup(source, NOW);

		const { db: target } = await openTestDb();
		await setMeta(target, 'installId', 'install-1');
		await importBackup(target, await parseBackup(text, NOW), 'replace');

		// Forgotten until the app reconciles the imported cards, which stamps it again.
		expect(await getMeta(target, 'contentVersion')).toBeUndefined();
		await setMeta(target, 'contentVersion', 'bank-1');
		expect(await databaseDigest(target)).toBe(await databaseDigest(source));
		// The same file but perhaps its checksum: the schema may order a card's fields differently.
		expect(JSON.parse(await exportBackup(target, NOW))).toEqual({
			...JSON.parse(text),
			checksum: expect.stringMatching(/^[0-9a-f]{64}$/)
		});
	});

	it('round-trips a log of several pages', async () => {
		const { db: source } = await openTestDb();
		const history = studyHistory(3 * PAGE_CAPACITY + 10, [
			'timeline-1',
			'timeline-2',
			'whos-who-1'
		]);
		await storeHistory(source, history);
		await saveSettings(source, defaultSettings());
		const { db: target } = await openTestDb();
		await importBackup(target, await backupOf(source), 'replace');
		expect(await target.count('reviewPages')).toBe(4);
		expect(await databaseSnapshot(target)).toBe(await databaseSnapshot(source));
	});

	it('replaces everything the learner had, but keeps this device’s own meta', async () => {
		const source = await seededDb();
		const backup = await backupOf(source);
		const { db: target } = await openTestDb();
		await commitReview(
			target,
			reviewOf(newCard('tariff-threat-1'), Rating.Good, minutesAfterT0(3))
		);
		await putQuiz(target, savedQuiz('quiz-old'));
		await setMeta(target, 'installId', 'install-target');

		const summary = await importBackup(target, backup, 'replace');

		expect(summary).toEqual({ cards: 4, reviews: 4, quizzes: 1, results: 2 });
		expect(await getCard(target, 'tariff-threat-1')).toBeUndefined();
		expect(await getQuiz(target, 'quiz-old')).toBeUndefined();
		expect(await getReviewLog(target)).toEqual(await getReviewLog(source));
		expect(await getMeta(target, 'installId')).toBe('install-target');
		expect(await getMeta(target, 'schemaVersion')).toBe(SCHEMA_VERSION);
		// Not the file's: the imported cards are yet to be reconciled with this device's bank.
		expect(await getMeta(target, 'contentVersion')).toBeUndefined();
	});

	it('restores a version 1 file exactly as the same data in version 2', async () => {
		const source = await seededDb();
		const file = JSON.parse(await exportBackup(source, NOW)) as BackupFile;
		const reviews = (await getReviewLog(source)).map((review, index) => ({
			id: 10 + index,
			...review
		}));
		const v1 = await resign({ ...file, version: 1, data: { ...file.data, reviews } });

		const { db: target } = await openTestDb();
		await setMeta(target, 'installId', 'install-1');
		await importBackup(target, await parseBackup(JSON.stringify(v1), NOW), 'replace');

		await setMeta(target, 'contentVersion', 'bank-1');
		expect(await databaseDigest(target)).toBe(await databaseDigest(source));
	});

	it('keeps this device’s bank rank of the items it had, which backups leave out', async () => {
		const source = await seededDb();
		const backup = await backupOf(source);
		const target = await seededDb();
		const ranked = (await getAllCards(target)).map((record, bankRank) =>
			record.suspended ? record : { ...record, bankRank }
		);
		await putCards(target, [...ranked, { ...newCard('tariff-threat-1'), bankRank: 9 }]);
		const mine = new Map(ranked.map((record) => [record.itemId, record]));

		await importBackup(target, backup, 'replace');

		expect(await getCard(target, 'tariff-threat-1')).toBeUndefined();
		expect(await getAllCards(target)).toEqual(
			backup.data.cards.map((record) => ({ ...record, ...pickRank(mine.get(record.itemId)) }))
		);
		expect((await getCard(target, 'timeline-2'))?.bankRank).toBe(2);
	});

	it('removes the meta facts a backup does not carry', async () => {
		const { db: source } = await openTestDb();
		const { db: target } = await openTestDb();
		await setMeta(target, 'contentVersion', 'bank-5');
		await importBackup(target, await backupOf(source), 'replace');
		expect(await getMeta(target, 'contentVersion')).toBeUndefined();
	});

	it('changes nothing when a write fails part way', async () => {
		const backup = await backupOf(await seededDb());
		// A quiz without its key is refused after the log's and the cards' writes were issued.
		const broken = { ...backup.data.quizzes[0], id: undefined } as never;
		backup.data.quizzes.push(broken);
		const target = await seededDb();
		await putCards(target, [newCard('tariff-threat-1')]);
		const before = await databaseDigest(target);

		await expect(importBackup(target, backup, 'replace')).rejects.toMatchObject({
			name: 'StorageError',
			kind: 'corrupt'
		});
		expect(await databaseDigest(target)).toBe(before);
	});
});

describe('importBackup, merge', () => {
	it('keeps the newer card per item: later last review, then more reps; a tie keeps this device’s', async () => {
		const start = newCard('timeline-1');
		const early = reviewOf(start, Rating.Good, minutesAfterT0(0)).card;
		const late = reviewOf(start, Rating.Good, minutesAfterT0(60)).card;
		const sameTimeMoreReps = { ...early, card: { ...early.card, reps: early.card.reps + 1 } };
		const tie = { ...early, setId: 'moved' };

		const { db: source } = await openTestDb();
		await putCards(source, [
			late, // newer than the target's
			{ ...sameTimeMoreReps, itemId: 'timeline-2' },
			{ ...tie, itemId: 'timeline-3' },
			{ ...early, itemId: 'timeline-4' }, // older than the target's
			newCard('timeline-5') // only in the file
		]);
		const { db: target } = await openTestDb();
		await putCards(target, [
			{ ...early, bankRank: 0 },
			{ ...early, itemId: 'timeline-2' },
			{ ...early, itemId: 'timeline-3' },
			{ ...late, itemId: 'timeline-4' }
		]);

		const summary = await importBackup(target, await backupOf(source), 'merge');

		const cards = new Map((await getAllCards(target)).map((record) => [record.itemId, record]));
		expect(cards.get('timeline-1')?.card.last_review).toEqual(minutesAfterT0(60));
		// The file's card replaces this device's, which knew its place in the bank.
		expect(cards.get('timeline-1')?.bankRank).toBe(0);
		expect(cards.get('timeline-2')?.card.reps).toBe(early.card.reps + 1);
		expect(cards.get('timeline-3')?.setId).toBe('timeline');
		expect(cards.get('timeline-4')?.card.last_review).toEqual(minutesAfterT0(60));
		expect(cards.get('timeline-5')).toEqual(newCard('timeline-5'));
		expect(summary.cards).toBe(3);
	});

	it('appends the file’s reviews this device lacks to its log, in the file’s order, once', async () => {
		const source = await seededDb();
		const own = reviewOf(newCard('tariff-threat-1'), Rating.Hard, minutesAfterT0(7));
		await commitReview(source, own);
		const { db: target } = await openTestDb();
		await commitReview(target, own);
		const later = reviewOf(newCard('timeline-3'), Rating.Easy, minutesAfterT0(90));
		await commitReview(target, later);

		const summary = await importBackup(target, await backupOf(source), 'merge');
		const again = await importBackup(target, await backupOf(source), 'merge');

		const identity = ({ card, log }: typeof own) => reviewIdentity({ itemId: card.itemId, log });
		const fromFile = (await getReviewLog(source)).slice(0, 4).map(reviewIdentity);
		expect((await getReviewLog(target)).map(reviewIdentity)).toEqual([
			identity(own),
			identity(later),
			...fromFile
		]);
		expect(summary.reviews).toBe(4);
		expect(again).toEqual({ cards: 0, reviews: 0, quizzes: 0, results: 0 });
		// The tallies count the merged log: the same as a database given that log whole.
		const { db: copy } = await openTestDb();
		await importBackup(copy, await backupOf(target), 'replace');
		const allTallies = (db: RepasoDb) => getTallies(db, minutesAfterT0(-1e6), minutesAfterT0(1e6));
		expect(await allTallies(target)).toEqual(await allTallies(copy));
		expect((await allTallies(target)).length).toBeGreaterThan(0);
	});

	it('adds quizzes and results with new ids, keeps existing ones and settings, forgets the reconciliation', async () => {
		const source = await seededDb();
		await putQuiz(source, savedQuiz('quiz-2'));
		const backup = await backupOf(source);
		const { db: target } = await openTestDb();
		await putQuiz(target, savedQuiz('quiz-1', { title: 'Mine' }));
		const settings = { ...defaultSettings(), dailyNewLimit: 3 };
		await saveSettings(target, settings);
		await setMeta(target, 'contentVersion', 'bank-7');

		await importBackup(target, backup, 'merge');

		expect((await getAllQuizzes(target)).map((quiz) => [quiz.id, quiz.title]).sort()).toEqual([
			['quiz-1', 'Mine'],
			['quiz-2', 'Cartels and the USA']
		]);
		expect(await resultsForQuiz(target, 'quiz-1')).toEqual([
			quizResult('result-1'),
			quizResult('result-2', { student: 'Luis' })
		]);
		expect(await getSettings(target)).toEqual(settings);
		// Merged cards may lack bank ranks: forgotten, so the app reconciles even after a crash.
		expect(await getMeta(target, 'contentVersion')).toBeUndefined();
	});
});
