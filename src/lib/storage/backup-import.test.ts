import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { defaultSettings } from '$lib/srs/settings';
import { exportBackup, parseBackup } from './backup';
import { importBackup, reviewIdentity } from './backup-import';
import type { Backup } from './backup-schema';
import { getAllCards, getCard, putCards } from './cards';
import { databaseDigest } from './digest';
import { getMeta, setMeta } from './meta';
import { getAllQuizzes, getQuiz, putQuiz, resultsForQuiz } from './quizzes';
import { commitReview, reviewsBetween } from './reviews';
import type { RepasoDb } from './schema';
import { getSettings, saveSettings } from './settings';
import {
	minutesAfterT0,
	newCard,
	openTestDb,
	quizResult,
	reviewOf,
	savedQuiz,
	seedStudyData
} from './test-fixtures';

const NOW = minutesAfterT0(24 * 60);

async function backupOf(db: RepasoDb): Promise<Backup> {
	return parseBackup(JSON.stringify(await exportBackup(db, NOW)), NOW);
}

async function allReviews(db: RepasoDb) {
	return reviewsBetween(db, minutesAfterT0(-1e6), minutesAfterT0(1e6));
}

describe('importBackup, replace', () => {
	it('round-trips: export, parse, import into a fresh database, export again gives the same file', async () => {
		const { db: source } = await openTestDb();
		await seedStudyData(source);
		const first = await exportBackup(source, NOW);

		const { db: target } = await openTestDb();
		await importBackup(target, await parseBackup(JSON.stringify(first), NOW), 'replace');
		const second = await exportBackup(target, NOW);

		expect(second).toEqual(first);
		expect(second.checksum).toBe(first.checksum);
	});

	it('replaces everything the learner had, but keeps this device’s own meta', async () => {
		const { db: source } = await openTestDb();
		await seedStudyData(source);
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
		expect((await allReviews(target)).map((review) => review.id).sort()).toEqual([1, 2, 3, 4]);
		expect(await getMeta(target, 'installId')).toBe('install-target');
		expect(await getMeta(target, 'schemaVersion')).toBe(1);
		expect(await getMeta(target, 'contentVersion')).toBe('bank-1');
	});

	it('removes the meta facts a backup does not carry', async () => {
		const { db: source } = await openTestDb();
		const { db: target } = await openTestDb();
		await setMeta(target, 'contentVersion', 'bank-5');
		await importBackup(target, await backupOf(source), 'replace');
		expect(await getMeta(target, 'contentVersion')).toBeUndefined();
	});

	it('changes nothing when a write fails part way', async () => {
		const { db: source } = await openTestDb();
		await seedStudyData(source);
		const backup = await backupOf(source);
		const broken = { ...backup.data.cards[2], itemId: undefined } as never;
		backup.data.cards.push(broken);
		const { db: target } = await openTestDb();
		await seedStudyData(target);
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
			early,
			{ ...early, itemId: 'timeline-2' },
			{ ...early, itemId: 'timeline-3' },
			{ ...late, itemId: 'timeline-4' }
		]);

		const summary = await importBackup(target, await backupOf(source), 'merge');

		const cards = new Map((await getAllCards(target)).map((record) => [record.itemId, record]));
		expect(cards.get('timeline-1')?.card.last_review).toEqual(minutesAfterT0(60));
		expect(cards.get('timeline-2')?.card.reps).toBe(early.card.reps + 1);
		expect(cards.get('timeline-3')?.setId).toBe('timeline');
		expect(cards.get('timeline-4')?.card.last_review).toEqual(minutesAfterT0(60));
		expect(cards.has('timeline-5')).toBe(true);
		expect(summary.cards).toBe(3);
	});

	it('unites review logs without duplicates, letting the database number the new ones', async () => {
		const { db: source } = await openTestDb();
		await seedStudyData(source);
		const backup = await backupOf(source);
		const { db: target } = await openTestDb();
		const own = reviewOf(newCard('tariff-threat-1'), Rating.Hard, minutesAfterT0(7));
		await commitReview(target, own);
		await importBackup(target, backup, 'replace');
		await commitReview(target, own);
		// The target now holds the file's four reviews (ids 1-4) and one of its own (id 5).
		const { db: merged } = await openTestDb();
		await commitReview(merged, own);

		const summary = await importBackup(merged, await backupOf(target), 'merge');
		const again = await importBackup(merged, await backupOf(target), 'merge');

		const reviews = await allReviews(merged);
		expect(summary.reviews).toBe(4);
		expect(again).toEqual({ cards: 0, reviews: 0, quizzes: 0, results: 0 });
		expect(reviews).toHaveLength(5);
		expect(new Set(reviews.map(reviewIdentity)).size).toBe(5);
		expect(reviews.map((review) => review.id).sort()).toEqual([1, 2, 3, 4, 5]);
		expect(reviews.find((review) => review.itemId === 'tariff-threat-1')?.id).toBe(1);
	});

	it('adds quizzes and results with new ids, keeps existing ones, settings and meta', async () => {
		const { db: source } = await openTestDb();
		await seedStudyData(source);
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
		expect(await getMeta(target, 'contentVersion')).toBe('bank-7');
	});
});
