import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { defaultSettings } from '$lib/srs/settings';
import { openRepasoDb } from './db';
import { SCHEMA_VERSION } from './migrations';
import { getAllCards } from './cards';
import { reviewsForItem } from './reviews';
import { getSettings } from './settings';
import { getMeta } from './meta';
import { getAllQuizzes, resultsForQuiz } from './quizzes';
import {
	freshTarget,
	minutesAfterT0,
	newCard,
	quizResult,
	reviewOf,
	savedQuiz
} from './test-fixtures';
import { createV1Database, type V1Contents } from './v1-fixture';

function v1Contents(): V1Contents {
	const first = reviewOf(newCard('timeline-1'), Rating.Good, minutesAfterT0(0));
	const second = reviewOf(first.card, Rating.Again, minutesAfterT0(20));
	const other = reviewOf(newCard('whos-who-4'), Rating.Easy, minutesAfterT0(5));
	return {
		cards: [second.card, other.card, { ...newCard('timeline-9'), suspended: true }],
		reviews: [
			{ itemId: 'timeline-1', log: first.log },
			{ itemId: 'timeline-1', log: second.log },
			{ itemId: 'whos-who-4', log: other.log }
		],
		quizzes: [savedQuiz('quiz-1')],
		results: [quizResult('result-1'), quizResult('result-2', { student: 'Luis' })],
		settings: {
			dailyNewLimit: 35,
			desiredRetention: 0.85,
			maximumInterval: 365,
			dayStartHour: 5
		},
		meta: { schemaVersion: 1, contentVersion: 'bank-7', installId: 'install-abc' }
	};
}

describe('migrations', () => {
	it('keeps every record of an existing version 1 database', async () => {
		const { factory, name } = freshTarget();
		const contents = v1Contents();
		await createV1Database(factory, name, contents);

		const db = await openRepasoDb({ factory, name });

		expect(db.version).toBe(SCHEMA_VERSION);
		expect(await getAllCards(db)).toEqual(
			[...contents.cards].sort((a, b) => a.itemId.localeCompare(b.itemId))
		);
		expect((await reviewsForItem(db, 'timeline-1')).map((review) => review.log)).toEqual([
			contents.reviews[0]?.log,
			contents.reviews[1]?.log
		]);
		expect(await reviewsForItem(db, 'whos-who-4')).toHaveLength(1);
		expect(await getAllQuizzes(db)).toEqual(contents.quizzes);
		expect(await resultsForQuiz(db, 'quiz-1')).toEqual(contents.results);
		expect(await getSettings(db)).toEqual({
			...defaultSettings(),
			...(contents.settings as object)
		});
		expect(await getMeta(db, 'installId')).toBe('install-abc');
		expect(await getMeta(db, 'contentVersion')).toBe('bank-7');
		db.close();
	});

	it('assigns review ids after the ones a version 1 database already used', async () => {
		const { factory, name } = freshTarget();
		await createV1Database(factory, name, v1Contents());
		const db = await openRepasoDb({ factory, name });
		const next = reviewOf(newCard('timeline-2'), Rating.Good, minutesAfterT0(60));
		const tx = db.transaction(['cards', 'reviews'], 'readwrite');
		await tx.objectStore('cards').put(next.card);
		const id = await tx.objectStore('reviews').add({ itemId: 'timeline-2', log: next.log });
		await tx.done;
		expect(id).toBe(4);
		db.close();
	});
});
