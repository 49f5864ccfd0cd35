import { afterEach, describe, expect, it, vi } from 'vitest';
import { Rating, State } from 'ts-fsrs';
import { Scheduler } from '$lib/srs/scheduler';
import { defaultSettings } from '$lib/srs/settings';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import { quartersWithReviews, tallyReviews } from '$lib/stats/review-tally';
import { decodePage } from './card-pages';
import { FOLD_AT } from './card-table';
import { getAllCards, getCard, putCards } from './cards';
import { databaseDigest } from './digest';
import { StorageError } from './errors';
import { OPEN_PAGE_CAPACITY, PAGE_CAPACITY, encodeReviews, reviewCount } from './review-pages';
import {
	commitReview,
	getReviewLog,
	getTallies,
	gradeCard,
	undoLastReview,
	undoReview
} from './reviews';
import type { RepasoDb, StoreName } from './schema';
import {
	T0,
	minutesAfterT0,
	newCard,
	openTestDb,
	reviewOf,
	rollback,
	storeHistory,
	studyHistory
} from './test-fixtures';

const scheduler = new Scheduler(defaultSettings());
const undo = (card: CardRecord['card'], review: ReviewRecord) => scheduler.undo(card, review);

/** Grades the stored card (a new one if none) at `minutes` after T0 and commits the review. */
async function study(
	db: RepasoDb,
	itemId: string,
	rating: Rating.Again | Rating.Good,
	minutes: number
) {
	const current = (await getCard(db, itemId)) ?? newCard(itemId);
	const { record, review } = scheduler.reviewRecord(current, rating, minutesAfterT0(minutes));
	await commitReview(db, { card: record, log: review.log, previousDue: review.previousDue });
	return { before: current, card: record, review };
}

const allTallies = (db: RepasoDb) => db.getAll('reviewTallies');
const logsOf = (reviews: readonly ReviewRecord[]) => reviews.map((review) => review.log);

afterEach(() => {
	vi.restoreAllMocks();
});

describe('commitReview', () => {
	it('stores the card, appends the review to the log and counts it in its day', async () => {
		const { db } = await openTestDb();
		const first = await study(db, 'timeline-1', Rating.Good, 0);
		const second = await study(db, 'timeline-2', Rating.Again, 5);

		expect(await getCard(db, 'timeline-1')).toEqual(first.card);
		expect(await getCard(db, 'timeline-2')).toEqual(second.card);
		expect(await getReviewLog(db)).toEqual([first.review, second.review]);
		expect(await allTallies(db)).toEqual(tallyReviews([first.review.log, second.review.log]));
		expect(first.card.card.state).toBe(State.Learning);
	});

	it('counts the time spent on the card in its quarter hour, and an undo leaves it counted', async () => {
		const { db } = await openTestDb();
		const { record, review } = scheduler.reviewRecord(
			newCard('timeline-1'),
			Rating.Good,
			minutesAfterT0(3)
		);
		await commitReview(db, { card: record, log: review.log, studyMs: 25_000 });
		const timeIn = async () =>
			[...quartersWithReviews(await allTallies(db))].map(({ reviews, studyMs }) => ({
				reviews,
				studyMs
			}));
		expect(await timeIn()).toEqual([{ reviews: 1, studyMs: 25_000 }]);

		await undoLastReview(db, undo);
		expect(await timeIn()).toEqual([{ reviews: 0, studyMs: 25_000 }]);
	});

	it('keeps the log in the order reviews were committed, not by their times', async () => {
		const { db } = await openTestDb();
		const later = await study(db, 'timeline-1', Rating.Good, 30);
		const earlier = await study(db, 'timeline-2', Rating.Good, 10);
		expect(await getReviewLog(db)).toEqual([later.review, earlier.review]);
	});

	it('keeps the due date before the review, so undo restores a late-reviewed card exactly', async () => {
		const { db } = await openTestDb();
		await study(db, 'timeline-1', Rating.Good, 0);
		await study(db, 'timeline-1', Rating.Good, 15);
		await study(db, 'timeline-1', Rating.Good, 30);
		const before = (await getCard(db, 'timeline-1'))!;
		// Reviewed three days after it fell due: ts-fsrs's rollback alone would lose the due date.
		const late = new Date(before.card.due.getTime() + 3 * 86_400_000);
		const { record, review } = scheduler.reviewRecord(before, Rating.Good, late);
		await commitReview(db, { card: record, log: review.log, previousDue: review.previousDue });

		expect((await getReviewLog(db)).at(-1)?.previousDue).toEqual(before.card.due);
		const undone = await undoLastReview(db, undo);
		expect(undone?.card).toEqual(before);
		expect(await getCard(db, 'timeline-1')).toEqual(before);
	});

	it.each<StoreName>(['cardChanges', 'reviewPages', 'reviewTallies'])(
		'writes nothing to any store when the put into %s fails',
		async (failing) => {
			const { db } = await openTestDb();
			await study(db, 'timeline-1', Rating.Good, 0);
			const before = await databaseDigest(db);
			const put = IDBObjectStore.prototype.put;
			const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
				this: IDBObjectStore,
				...args
			) {
				if (this.name === failing) throw new DOMException('Disk full', 'QuotaExceededError');
				return put.apply(this, args);
			});
			const current = (await getCard(db, 'timeline-1')) as CardRecord;

			const error = await commitReview(
				db,
				reviewOf(current, Rating.Good, minutesAfterT0(15))
			).catch((e: unknown) => e);

			expect(spy.mock.contexts.map((store) => (store as IDBObjectStore).name)).toContain(failing);
			spy.mockRestore();
			expect(error).toBeInstanceOf(StorageError);
			expect(error).toMatchObject({ kind: 'quota' });
			expect(await databaseDigest(db)).toBe(before);
		}
	);

	it('writes nothing when the card has an invalid key', async () => {
		const { db } = await openTestDb();
		await study(db, 'timeline-1', Rating.Good, 0);
		const before = await databaseDigest(db);
		const { card, log } = reviewOf(newCard('timeline-2'), Rating.Good, minutesAfterT0(5));

		const failing = commitReview(db, { card: { ...card, itemId: { bad: true } as never }, log });

		await expect(failing).rejects.toMatchObject({ kind: 'corrupt', cause: { name: 'DataError' } });
		expect(await databaseDigest(db)).toBe(before);
	});

	it('fails as closed once the connection is closed', async () => {
		const { db } = await openTestDb();
		db.close();
		const review = reviewOf(newCard(), Rating.Good, minutesAfterT0(0));
		await expect(commitReview(db, review)).rejects.toMatchObject({ kind: 'closed' });
	});

	it('keeps reviewed cards as changes until FOLD_AT of them, then folds them into the pages', async () => {
		const { db } = await openTestDb();
		const itemIds = Array.from({ length: FOLD_AT + 10 }, (_, index) => `timeline-${index}`);
		await putCards(
			db,
			itemIds.map((itemId) => newCard(itemId))
		);
		const expected = new Map((await getAllCards(db)).map((record) => [record.itemId, record]));

		for (const [index, itemId] of itemIds.slice(0, FOLD_AT).entries()) {
			const { card } = await study(db, itemId, Rating.Good, index);
			expected.set(itemId, card);
			const changed = await db.count('cardChanges');
			expect(changed).toBe(index + 1 < FOLD_AT ? index + 1 : 0);
		}
		expect(await getAllCards(db)).toEqual([...expected.values()]);
		expect((await db.getAll('cardPages')).flatMap(decodePage)).toEqual([...expected.values()]);

		// Undo finds the card in the pages and restores it as a change.
		const last = itemIds[FOLD_AT - 1]!;
		expect((await undoLastReview(db, undo))?.card).toEqual(newCard(last));
		expect(await db.getAll('cardChanges')).toEqual([newCard(last)]);
		expect(await getCard(db, last)).toEqual(newCard(last));
	});
});

describe('undoLastReview', () => {
	it('takes back the latest review: card as before, log without it, tally uncounted', async () => {
		const { db } = await openTestDb();
		await study(db, 'timeline-1', Rating.Good, 0);
		await study(db, 'timeline-2', Rating.Good, 5);
		const before = await databaseDigest(db);
		const last = await study(db, 'timeline-1', Rating.Again, 10);

		const undone = await undoLastReview(db, undo);

		expect(undone).toEqual({ review: last.review, card: last.before });
		expect(await databaseDigest(db)).toBe(before);
	});

	it('takes back reviews in the order they were committed, whatever their times', async () => {
		const { db } = await openTestDb();
		const a = await study(db, 'timeline-1', Rating.Good, 10);
		const b = await study(db, 'timeline-2', Rating.Good, 10);
		const c = await study(db, 'timeline-3', Rating.Good, 5);

		const undone = [];
		for (let step = 0; step < 3; step++) undone.push((await undoLastReview(db, undo))?.review);

		expect(undone).toEqual([c.review, b.review, a.review]);
	});

	it('returns null and writes nothing when there is nothing to undo', async () => {
		const { db } = await openTestDb();
		await putCards(db, [newCard('timeline-1')]);
		const before = await databaseDigest(db);
		expect(await undoLastReview(db, undo)).toBeNull();
		expect(await databaseDigest(db)).toBe(before);
	});

	it('undoes back to an empty history, then returns null', async () => {
		const { db } = await openTestDb();
		await putCards(db, [newCard('timeline-1')]);
		const before = await databaseDigest(db);
		await study(db, 'timeline-1', Rating.Good, 0);
		await study(db, 'timeline-1', Rating.Good, 15);

		await undoLastReview(db, undo);
		await undoLastReview(db, undo);

		expect(await undoLastReview(db, undo)).toBeNull();
		expect(await databaseDigest(db)).toBe(before);
		expect(await getReviewLog(db)).toEqual([]);
		expect(await allTallies(db)).toEqual([]);
	});

	it('changes nothing when restore throws, and passes its error on unchanged', async () => {
		const { db } = await openTestDb();
		await study(db, 'timeline-1', Rating.Good, 0);
		const before = await databaseDigest(db);
		const bug = new TypeError('restore failed');

		await expect(
			undoLastReview(db, () => {
				throw bug;
			})
		).rejects.toBe(bug);
		expect(await databaseDigest(db)).toBe(before);
	});

	it('fails as corrupt, changing nothing, when the latest review has no card', async () => {
		const { db } = await openTestDb();
		const { log } = reviewOf(newCard('timeline-1'), Rating.Good, minutesAfterT0(0));
		await db.put('reviewPages', encodeReviews([{ itemId: 'timeline-1', log }])[0]!);
		const before = await databaseDigest(db);

		await expect(undoLastReview(db, rollback)).rejects.toMatchObject({
			kind: 'corrupt',
			message: expect.stringContaining('timeline-1')
		});
		expect(await databaseDigest(db)).toBe(before);
	});
});

/** Two tabs: each shows `shown` and grades it at `minutes` through gradeCard. */
function gradeAt(
	db: RepasoDb,
	itemId: string,
	rating: Rating.Again | Rating.Good,
	minutes: number
) {
	return gradeCard(db, itemId, (stored) =>
		scheduler.reviewRecord(stored, rating, minutesAfterT0(minutes))
	);
}

describe('gradeCard', () => {
	it('schedules from the stored card, so a second tab grading a stale copy builds on the first', async () => {
		const { db } = await openTestDb();
		await putCards(db, [newCard('timeline-1')]);
		const shownInBoth = await getCard(db, 'timeline-1');

		const first = await gradeAt(db, 'timeline-1', Rating.Good, 0);
		const second = await gradeAt(db, 'timeline-1', Rating.Good, 1);

		expect(shownInBoth?.card.reps).toBe(0);
		expect(second.review.log.state).toBe(first.record.card.state);
		expect(second.record.card.reps).toBe(2);
		expect(await getCard(db, 'timeline-1')).toEqual(second.record);
		expect(await getReviewLog(db)).toEqual([first.review, second.review]);
	});

	it('fails as corrupt and writes nothing when the card is not stored', async () => {
		const { db } = await openTestDb();
		const before = await databaseDigest(db);
		await expect(gradeAt(db, 'timeline-9', Rating.Good, 0)).rejects.toMatchObject({
			kind: 'corrupt'
		});
		expect(await databaseDigest(db)).toBe(before);
	});
});

describe('undoReview', () => {
	it('takes back its own review even after other cards were reviewed since', async () => {
		const { db } = await openTestDb();
		await putCards(db, [newCard('timeline-1'), newCard('timeline-2')]);
		const mine = await gradeAt(db, 'timeline-1', Rating.Good, 0);
		const theirs = await gradeAt(db, 'timeline-2', Rating.Again, 1);

		const undone = await undoReview(db, mine.review, undo);

		expect(undone).toEqual({ review: mine.review, card: newCard('timeline-1') });
		expect(await getReviewLog(db)).toEqual([theirs.review]);
		expect(await getCard(db, 'timeline-1')).toEqual(newCard('timeline-1'));
		expect(await allTallies(db)).toEqual(tallyReviews([theirs.review.log]));
	});

	it('refuses, changing nothing, when the card was reviewed again since (another tab)', async () => {
		const { db } = await openTestDb();
		await putCards(db, [newCard('timeline-1')]);
		const mine = await gradeAt(db, 'timeline-1', Rating.Good, 0);
		await gradeAt(db, 'timeline-1', Rating.Again, 1);
		const before = await databaseDigest(db);

		expect(await undoReview(db, mine.review, undo)).toEqual({ refused: 'newer' });
		expect(await databaseDigest(db)).toBe(before);
	});

	it('refuses as gone when the review is no longer in the log', async () => {
		const { db } = await openTestDb();
		await putCards(db, [newCard('timeline-1')]);
		const mine = await gradeAt(db, 'timeline-1', Rating.Good, 0);
		await undoLastReview(db, undo);
		const before = await databaseDigest(db);

		expect(await undoReview(db, mine.review, undo)).toEqual({ refused: 'gone' });
		expect(await databaseDigest(db)).toBe(before);
	});

	it('keeps page ids without gaps when the page before the last empties', async () => {
		const { db } = await openTestDb();
		const cards = Array.from({ length: OPEN_PAGE_CAPACITY + 1 }, (_, i) => newCard(`card-${i}`));
		await putCards(db, cards);
		const mine = [];
		for (let i = 0; i < OPEN_PAGE_CAPACITY; i++)
			mine.push(await gradeAt(db, `card-${i}`, Rating.Good, i));
		const theirs = await gradeAt(db, `card-${OPEN_PAGE_CAPACITY}`, Rating.Good, 100);
		expect(await db.getAllKeys('reviewPages')).toEqual([0, 1]);

		for (const { review } of mine.reverse()) {
			expect(await undoReview(db, review, undo)).toHaveProperty('review', review);
		}

		expect(await db.getAllKeys('reviewPages')).toEqual([0]);
		expect(await getReviewLog(db)).toEqual([theirs.review]);
	});
});

describe('the log across pages', () => {
	/** A stored history in pages of `pageSizes`, and commits and undos that keep track of it. */
	async function logInPages(pageSizes: readonly number[]) {
		const { db } = await openTestDb();
		const history = studyHistory(
			pageSizes.reduce((sum, size) => sum + size, 0),
			['timeline-1', 'timeline-2']
		);
		await storeHistory(db, history, pageSizes);
		const committed = [...history.reviews];
		return {
			async commit() {
				committed.push((await study(db, 'timeline-3', Rating.Good, committed.length)).review);
			},
			async undo() {
				expect((await undoLastReview(db, rollback))?.review).toEqual(committed.pop());
			},
			/** The log holds exactly the reviews committed, in pages of `sizes` numbered from 0. */
			async expectPages(sizes: readonly number[]) {
				const pages = await db.getAll('reviewPages');
				expect(pages.map(reviewCount)).toEqual(sizes);
				expect(pages.map((page) => page.id)).toEqual(sizes.map((_, index) => index));
				expect(await getReviewLog(db)).toEqual(committed);
				expect(await allTallies(db)).toEqual(tallyReviews(logsOf(committed)));
			}
		};
	}

	it('fills the open last page, then joins it onto the page before, and undoes back across', async () => {
		const log = await logInPages([1000, OPEN_PAGE_CAPACITY - 1]);
		await log.commit();
		await log.expectPages([1000, OPEN_PAGE_CAPACITY]);
		await log.commit();
		await log.expectPages([1000 + OPEN_PAGE_CAPACITY, 1]);
		await log.commit();
		await log.expectPages([1000 + OPEN_PAGE_CAPACITY, 2]);

		await log.undo();
		await log.undo();
		await log.expectPages([1000 + OPEN_PAGE_CAPACITY]);
		await log.undo();
		await log.expectPages([1000 + OPEN_PAGE_CAPACITY - 1]);
		// A full first page has no page before to join: the next review starts page 1.
		await log.commit();
		await log.expectPages([1000 + OPEN_PAGE_CAPACITY - 1, 1]);
	});

	const roomless = PAGE_CAPACITY - OPEN_PAGE_CAPACITY + 1;
	it.each([
		[
			'joins them when they make a full page',
			PAGE_CAPACITY - OPEN_PAGE_CAPACITY,
			[PAGE_CAPACITY, 1],
			[PAGE_CAPACITY - 1],
			[PAGE_CAPACITY - 1, 1]
		],
		[
			'starts a new last page when they would not fit in one',
			roomless,
			[roomless, OPEN_PAGE_CAPACITY, 1],
			[roomless, OPEN_PAGE_CAPACITY - 1],
			[roomless, OPEN_PAGE_CAPACITY]
		]
	])(
		'a review after a full last page %s; two undos and a review go back across',
		async (_, beforeSize, committed, undone, recommitted) => {
			const log = await logInPages([beforeSize, OPEN_PAGE_CAPACITY]);
			await log.commit();
			await log.expectPages(committed);
			await log.undo();
			await log.undo();
			await log.expectPages(undone);
			await log.commit();
			await log.expectPages(recommitted);
		}
	);

	/** The keys `act` reads from the review pages by key (the last page is found by a cursor). */
	async function pageKeysRead(act: () => Promise<void>): Promise<unknown[]> {
		const get = vi.spyOn(IDBObjectStore.prototype, 'get');
		await act();
		const contexts = get.mock.contexts as IDBObjectStore[];
		const keys = get.mock.calls.flatMap(([key], call) =>
			contexts[call]?.name === 'reviewPages' ? [key] : []
		);
		get.mockRestore();
		return keys;
	}

	it('reads the page before the last only when the last has just filled up', async () => {
		const log = await logInPages([OPEN_PAGE_CAPACITY, OPEN_PAGE_CAPACITY - 2]);
		expect(await pageKeysRead(() => log.commit())).toEqual([]);
		expect(await pageKeysRead(() => log.commit())).toEqual([]);
		expect(await pageKeysRead(() => log.commit())).toEqual([0]);
		await log.expectPages([2 * OPEN_PAGE_CAPACITY, 1]);
	});

	it('starts a new page after a larger last page (the version 2 upgrade wrote it) without reading the one before', async () => {
		const log = await logInPages([PAGE_CAPACITY, OPEN_PAGE_CAPACITY + 1]);
		expect(await pageKeysRead(() => log.commit())).toEqual([]);
		await log.expectPages([PAGE_CAPACITY, OPEN_PAGE_CAPACITY + 1, 1]);
	});
});

describe('reading and replacing the log', () => {
	it('getReviewLog reads every page; storing a log again replaces it and its tallies', async () => {
		const { db } = await openTestDb();
		const long = studyHistory(2 * PAGE_CAPACITY + 5, ['timeline-1', 'timeline-2', 'whos-who-1']);
		await storeHistory(db, long);
		expect(await db.count('reviewPages')).toBe(3);
		expect(await getReviewLog(db)).toEqual(long.reviews);

		const short = studyHistory(3, ['whos-who-2'], minutesAfterT0(3 * 24 * 60));
		await storeHistory(db, short);

		expect(await db.count('reviewPages')).toBe(1);
		expect(await getReviewLog(db)).toEqual(short.reviews);
		expect(await allTallies(db)).toEqual(tallyReviews(logsOf(short.reviews)));
	});

	it('getTallies returns the tallies of the UTC days overlapping [start, end)', async () => {
		const { db } = await openTestDb();
		const day = 86_400_000;
		// T0 is 09:00 UTC: one review a day at that time, from the day before T0 to two days after.
		const history = studyHistory(4, ['timeline-1', 'timeline-2', 'timeline-3', 'timeline-4']);
		const spread = history.reviews.map((review, index) => ({
			...review,
			log: { ...review.log, review: new Date(T0.getTime() + (index - 1) * day) }
		}));
		await storeHistory(db, { ...history, reviews: spread });
		const t0Day = Math.floor(T0.getTime() / day);
		const days = async (start: number, end: number) =>
			(await getTallies(db, new Date(start), new Date(end))).map((tally) => tally.day - t0Day);
		const midnight = t0Day * day;

		expect(await days(T0.getTime(), T0.getTime() + day)).toEqual([0, 1]);
		expect(await days(midnight, midnight + day)).toEqual([0]);
		expect(await days(midnight - 1, midnight + day + 1)).toEqual([-1, 0, 1]);
		expect(await days(midnight - 10 * day, midnight + 10 * day)).toEqual([-1, 0, 1, 2]);
		expect(await days(midnight + day, midnight)).toEqual([]);
	});
});
