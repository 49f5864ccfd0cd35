/**
 * Whatever the learner does — review, undo, replace the whole log — no review is lost or duplicated:
 * the log always holds exactly the reviews a simple list says it should, in commit order, in the
 * pages' layout, and the tallies always count exactly those reviews.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Grade } from 'ts-fsrs';
import type { ReviewRecord } from '$lib/srs/types';
import { tallyReviews, type ReviewTally } from '$lib/stats/review-tally';
import { getCard } from './cards';
import {
	OPEN_PAGE_CAPACITY,
	PAGE_CAPACITY,
	encodeReviews,
	reviewCount,
	type ReviewPage
} from './review-pages';
import { commitReview, getReviewLog, undoLastReview } from './reviews';
import type { RepasoDb } from './schema';
import {
	minutesAfterT0,
	newCard,
	openTestDb,
	reviewOf,
	rollback,
	storeHistory,
	studyHistory,
	type StudyHistory
} from './test-fixtures';

const ITEMS = ['timeline-1', 'timeline-2', 'whos-who-1'];

const histories = new Map<number, StudyHistory>();

/** A history of `count` reviews from T0: made once per count, as ts-fsrs takes a while. */
function historyOf(count: number): StudyHistory {
	let history = histories.get(count);
	if (!history) histories.set(count, (history = studyHistory(count, ITEMS)));
	return history;
}

interface Model {
	/** Every review that should be stored, oldest commit first. */
	reviews: ReviewRecord[];
	/** Minutes after T0 of the next review. */
	clock: number;
}
interface Real {
	db: RepasoDb;
}
type Command = fc.AsyncCommand<Model, Real>;

/** Every number of `pages`, in order, in one array. */
function numbersOf(pages: readonly ReviewPage[]): Float64Array {
	const all = new Float64Array(pages.reduce((sum, page) => sum + page.values.length, 0));
	let at = 0;
	for (const page of pages) {
		all.set(page.values, at);
		at += page.values.length;
	}
	return all;
}

/**
 * Checks after each action. The log is compared as stored, with the model's reviews encoded (quick
 * enough for thousands of reviews at every step); decoding is checked at the end of each run.
 */
async function expectMatchesModel(model: Model, db: RepasoDb): Promise<void> {
	const pages = await db.getAll('reviewPages');
	const expected = encodeReviews(model.reviews);
	const itemIds = (some: readonly ReviewPage[]) => some.flatMap((page) => page.itemIds).join(' ');
	expect(itemIds(pages)).toBe(itemIds(expected));
	const [stored, wanted] = [numbersOf(pages), numbersOf(expected)];
	const same = stored.length === wanted.length && stored.every((n, i) => Object.is(n, wanted[i]));
	expect(same, 'the stored numbers are the reviews committed').toBe(true);
	const counted = (tallies: readonly ReviewTally[]) =>
		tallies.map(({ day, counts }) => `${day}: ${counts.join(' ')}`);
	expect(counted(await db.getAll('reviewTallies'))).toEqual(
		counted(tallyReviews(model.reviews.map((review) => review.log)))
	);
	// The layout appendReview keeps (see review-pages.ts), whatever undos and imports did to it.
	expect(pages.map((page) => page.id)).toEqual(pages.map((_, index) => index));
	const sizes = pages.map(reviewCount);
	const layout = `page sizes ${sizes.join(', ')}`;
	expect(
		sizes.every((size) => size > 0 && size <= PAGE_CAPACITY),
		layout
	).toBe(true);
	// Every page but the last was full when the next began, and all but the last two joined up.
	expect(
		sizes.slice(0, -1).every((size) => size >= OPEN_PAGE_CAPACITY),
		layout
	).toBe(true);
	const joinedUp = sizes.slice(0, -2).every((size) => size > PAGE_CAPACITY - OPEN_PAGE_CAPACITY);
	expect(joinedUp, layout).toBe(true);
}

class Review implements Command {
	constructor(
		readonly item: string,
		readonly rating: Grade,
		/** Minutes since the previous review: 0 to a couple of days, so days and quarters vary. */
		readonly gap: number,
		readonly keepPreviousDue: boolean
	) {}
	check = () => true;
	async run(model: Model, { db }: Real) {
		model.clock += this.gap;
		const at = minutesAfterT0(model.clock);
		const current = (await getCard(db, this.item)) ?? newCard(this.item, at);
		const { card, log } = reviewOf(current, this.rating, at);
		const previousDue = this.keepPreviousDue ? current.card.due : undefined;
		await commitReview(db, { card, log, ...(previousDue && { previousDue }) });
		model.reviews.push({ itemId: this.item, log, ...(previousDue && { previousDue }) });
		await expectMatchesModel(model, db);
	}
	toString = () =>
		`review(${this.item}, ${this.rating}, +${this.gap}m${this.keepPreviousDue ? '' : ', no previousDue'})`;
}

class Undo implements Command {
	check = () => true;
	async run(model: Model, { db }: Real) {
		const undone = await undoLastReview(db, rollback);
		const latest = model.reviews.pop();
		if (latest === undefined) expect(undone).toBeNull();
		else expect(undone?.review).toEqual(latest);
		await expectMatchesModel(model, db);
	}
	toString = () => 'undo';
}

/** Replaces the log with a fresh history (a backup import does), sized around page boundaries. */
class Replace implements Command {
	constructor(readonly count: number) {}
	check = () => true;
	async run(model: Model, { db }: Real) {
		const history = historyOf(this.count);
		await storeHistory(db, history);
		model.reviews = [...history.reviews];
		model.clock += this.count;
		await expectMatchesModel(model, db);
	}
	toString = () => `replace(${this.count} reviews)`;
}

const commands = [
	fc
		.tuple(
			fc.constantFrom(...ITEMS),
			fc.constantFrom<Grade>(1, 2, 3, 4),
			fc.oneof(fc.constant(0), fc.nat({ max: 15 }), fc.nat({ max: 3000 })),
			fc.boolean()
		)
		.map(([item, rating, gap, keep]) => new Review(item, rating, gap, keep)),
	fc.constant(new Undo()),
	fc
		.constantFrom(0, 1, OPEN_PAGE_CAPACITY, PAGE_CAPACITY, PAGE_CAPACITY + OPEN_PAGE_CAPACITY + 1)
		.map((count) => new Replace(count))
];

/**
 * Page sizes of logs the app can leave, near where the next reviews fill the open last page and
 * join it onto the page before, or not: a page before the last was full when the next one began.
 */
const startingLayouts = fc.oneof(
	fc.constant([]),
	fc.tuple(fc.constantFrom(1, OPEN_PAGE_CAPACITY - 1, OPEN_PAGE_CAPACITY, PAGE_CAPACITY)),
	fc.tuple(
		fc.constantFrom(
			OPEN_PAGE_CAPACITY,
			PAGE_CAPACITY - OPEN_PAGE_CAPACITY - 2,
			PAGE_CAPACITY - OPEN_PAGE_CAPACITY,
			PAGE_CAPACITY - OPEN_PAGE_CAPACITY + 1
		),
		fc.constantFrom(1, OPEN_PAGE_CAPACITY - 3, OPEN_PAGE_CAPACITY)
	)
);

describe('review log under any sequence of actions', () => {
	it('never loses or duplicates a review, and its tallies always count it exactly', async () => {
		await fc.assert(
			fc.asyncProperty(
				startingLayouts,
				fc.commands(commands, { maxCommands: 40 }),
				async (pageSizes, sequence) => {
					const { db } = await openTestDb();
					const count = pageSizes.reduce((sum, size) => sum + size, 0);
					const history = historyOf(count);
					await storeHistory(db, history, pageSizes);
					const model: Model = { reviews: [...history.reviews], clock: count };
					await fc.asyncModelRun(() => ({ model, real: { db } }), sequence);
					expect(await getReviewLog(db)).toEqual(model.reviews);
					db.close();
				}
			),
			{ numRuns: 120 }
		);
	}, 120_000);
});
