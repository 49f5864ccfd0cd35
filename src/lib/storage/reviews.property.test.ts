/**
 * Whatever the learner does — review, undo, replace the whole log — no review is lost or duplicated:
 * the log always holds exactly the reviews a simple list says it should, in commit order, in full
 * pages, and the tallies always count exactly those reviews.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Grade } from 'ts-fsrs';
import type { ReviewRecord } from '$lib/srs/types';
import { tallyReviews } from '$lib/stats/review-tally';
import { getCard } from './cards';
import { PAGE_CAPACITY, reviewCount } from './review-pages';
import { commitReview, getReviewLog, undoLastReview } from './reviews';
import type { RepasoDb } from './schema';
import {
	minutesAfterT0,
	newCard,
	openTestDb,
	reviewOf,
	rollback,
	storeHistory,
	studyHistory
} from './test-fixtures';

const ITEMS = ['timeline-1', 'timeline-2', 'whos-who-1'];

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

async function expectMatchesModel(model: Model, db: RepasoDb): Promise<void> {
	expect(await getReviewLog(db)).toEqual(model.reviews);
	expect(await db.getAll('reviewTallies')).toEqual(
		tallyReviews(model.reviews.map((review) => review.log))
	);
	const pages = await db.getAll('reviewPages');
	expect(pages.map((page) => page.id)).toEqual(pages.map((_, index) => index));
	const sizes = pages.map(reviewCount);
	expect(sizes.slice(0, -1).every((size) => size === PAGE_CAPACITY)).toBe(true);
	expect(sizes.every((size) => size > 0)).toBe(true);
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
		const history = studyHistory(this.count, ITEMS, minutesAfterT0(model.clock));
		await storeHistory(db, history);
		model.reviews = history.reviews;
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
		.constantFrom(0, 1, PAGE_CAPACITY - 1, PAGE_CAPACITY, PAGE_CAPACITY + 1)
		.map((count) => new Replace(count))
];

describe('review log under any sequence of actions', () => {
	it('never loses or duplicates a review, and its tallies always count it exactly', async () => {
		await fc.assert(
			fc.asyncProperty(fc.commands(commands, { maxCommands: 40 }), async (sequence) => {
				const { db } = await openTestDb();
				await fc.asyncModelRun(
					() => ({ model: { reviews: [], clock: 0 }, real: { db } }),
					sequence
				);
				db.close();
			}),
			{ numRuns: 120 }
		);
	}, 120_000);
});
