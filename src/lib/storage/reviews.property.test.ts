/**
 * Whatever the learner does — review, undo, restore a backup by merging or replacing — no review log
 * is lost or duplicated: the database always holds exactly the reviews a simple model says it should.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Grade } from 'ts-fsrs';
import { exportBackup, parseBackup } from './backup';
import { importBackup, reviewIdentity } from './backup-import';
import { getAllCards, getCard } from './cards';
import { commitReview, reviewsBetween, undoLastReview } from './reviews';
import type { RepasoDb } from './schema';
import { minutesAfterT0, newCard, openTestDb, reviewOf, rollback } from './test-fixtures';

const NOW = minutesAfterT0(24 * 60);
const ITEMS = ['timeline-1', 'timeline-2', 'whos-who-1'];

interface Model {
	/** Identity → review time, for every review that should be stored. */
	reviews: Map<string, number>;
	/** Backups taken so far, with the reviews each held. */
	backups: { text: string; reviews: Map<string, number> }[];
	/** Minutes after T0 of the next review: strictly increasing, as a real clock would be. */
	clock: number;
}
interface Real {
	db: RepasoDb;
}
type Command = fc.AsyncCommand<Model, Real>;

const allReviews = (db: RepasoDb) => reviewsBetween(db, minutesAfterT0(-1e7), minutesAfterT0(1e7));

async function expectMatchesModel(model: Model, db: RepasoDb): Promise<void> {
	const stored = await allReviews(db);
	const identities = stored.map(reviewIdentity);
	expect(identities.length).toBe(new Set(identities).size);
	expect(new Set(identities)).toEqual(new Set(model.reviews.keys()));
	const itemsWithCards = new Set((await getAllCards(db)).map((record) => record.itemId));
	for (const review of stored) expect(itemsWithCards.has(review.itemId)).toBe(true);
}

class Review implements Command {
	constructor(
		readonly item: string,
		readonly rating: Grade
	) {}
	check = () => true;
	async run(model: Model, { db }: Real) {
		const at = minutesAfterT0(model.clock);
		model.clock += 7;
		const review = reviewOf(
			(await getCard(db, this.item)) ?? newCard(this.item, at),
			this.rating,
			at
		);
		await commitReview(db, review);
		model.reviews.set(reviewIdentity({ itemId: this.item, log: review.log }), at.getTime());
		await expectMatchesModel(model, db);
	}
	toString = () => `review(${this.item}, ${this.rating})`;
}

class Undo implements Command {
	check = () => true;
	async run(model: Model, { db }: Real) {
		const undone = await undoLastReview(db, rollback);
		const latest = [...model.reviews].sort((a, b) => b[1] - a[1])[0];
		if (latest === undefined) {
			expect(undone).toBeNull();
		} else {
			expect(undone && reviewIdentity(undone.review)).toBe(latest[0]);
			model.reviews.delete(latest[0]);
		}
		await expectMatchesModel(model, db);
	}
	toString = () => 'undo';
}

class Backup implements Command {
	check = () => true;
	async run(model: Model, { db }: Real) {
		const text = JSON.stringify(await exportBackup(db, NOW));
		model.backups.push({ text, reviews: new Map(model.reviews) });
	}
	toString = () => 'backup';
}

class Restore implements Command {
	constructor(
		readonly which: number,
		readonly mode: 'merge' | 'replace'
	) {}
	check = (model: Readonly<Model>) => model.backups.length > 0;
	async run(model: Model, { db }: Real) {
		const backup = model.backups[this.which % model.backups.length];
		if (!backup) throw new Error('check() guarantees a backup');
		await importBackup(db, await parseBackup(backup.text, NOW), this.mode);
		model.reviews =
			this.mode === 'replace'
				? new Map(backup.reviews)
				: new Map([...model.reviews, ...backup.reviews]);
		await expectMatchesModel(model, db);
	}
	toString = () => `${this.mode}(backup ${this.which})`;
}

const commands = [
	fc
		.tuple(fc.constantFrom(...ITEMS), fc.constantFrom<Grade>(1, 2, 3, 4))
		.map(([item, rating]) => new Review(item, rating)),
	fc.constant(new Undo()),
	fc.constant(new Backup()),
	fc
		.tuple(fc.nat(), fc.constantFrom('merge' as const, 'replace' as const))
		.map(([which, mode]) => new Restore(which, mode))
];

describe('review history under any sequence of actions', () => {
	it('never loses or duplicates a review log', async () => {
		await fc.assert(
			fc.asyncProperty(fc.commands(commands, { maxCommands: 40 }), async (sequence) => {
				const { db } = await openTestDb();
				await fc.asyncModelRun(
					() => ({ model: { reviews: new Map(), backups: [], clock: 0 }, real: { db } }),
					sequence
				);
				db.close();
			}),
			{ numRuns: 150 }
		);
	}, 120_000);
});
