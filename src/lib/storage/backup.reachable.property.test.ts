/**
 * Every state the learner can reach exports a backup that imports back: any valid file, then any
 * reviews and undos of its cards, then an export, imports into an empty database and gives the
 * same data. Values at the edge of what a file may hold are drawn often, since that is where a
 * review used to push a card past what an import accepts (reps beyond the largest count).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rating, S_MIN, State, type Grade } from 'ts-fsrs';
import { Scheduler } from '$lib/srs/scheduler';
import { sha256Hex } from '$lib/util/hash';
import { exportBackup, parseBackup } from './backup';
import { importBackup } from './backup-import';
import { BACKUP_FORMAT, BACKUP_VERSION, DATE_LIMITS, type BackupFile } from './backup-schema';
import { CARD_LIMITS } from './limits';
import { gradeCard, reviewTimeAfter, undoReview } from './reviews';
import type { ReviewRecord } from '$lib/srs/types';
import { T0, openTestDb } from './test-fixtures';

const DAY_MS = 86_400_000;
const NOW = T0.getTime();
/** Within what a file may hold at NOW: from 2000 to 7 days ahead, due dates up to 100 years. */
const EARLIEST = DATE_LIMITS.earliest;
const happened = fc.integer({ min: EARLIEST, max: NOW + 7 * DAY_MS });
const scheduled = fc.integer({ min: EARLIEST, max: NOW + 100 * 365 * DAY_MS });
const iso = (time: number) => new Date(time).toISOString();
const realIn = (min: number, max: number) =>
	fc.oneof(fc.constantFrom(min, max), fc.double({ min, max, noNaN: true }));
/** A memory state ts-fsrs schedules from: none yet, or one within its ranges. */
const memory = fc.oneof(
	fc.constant({ stability: 0, difficulty: 0 }),
	fc.record({
		stability: realIn(S_MIN, CARD_LIMITS.stability),
		difficulty: realIn(1, CARD_LIMITS.difficulty)
	})
);
const wholeUpTo = (max: number) => fc.oneof(fc.constantFrom(0, max, max - 1), fc.nat(max));

const cardArbitrary = fc.record(
	{
		due: scheduled.map(iso),
		elapsed_days: fc.integer({ min: 0, max: 20_000 }),
		scheduled_days: fc.integer({ min: 0, max: 36_500 }),
		learning_steps: wholeUpTo(CARD_LIMITS.learningSteps),
		reps: wholeUpTo(CARD_LIMITS.count),
		lapses: wholeUpTo(CARD_LIMITS.count),
		state: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
		last_review: happened.map(iso)
	},
	{ requiredKeys: ['due', 'elapsed_days', 'scheduled_days', 'state', 'last_review'] }
);
/** A card reviewed at least once (state 1 to 3) always has its last review. */
const withoutLastReview = fc.boolean();

const settingsArbitrary = fc.record({
	dailyNewLimit: fc.integer({ min: 0, max: 500 }),
	desiredRetention: fc.constantFrom(0.7, 0.9, 0.97),
	maximumInterval: fc.constantFrom(1, 365, 36_500),
	dayStartHour: fc.integer({ min: 0, max: 23 }),
	learningSteps: fc.array(fc.constantFrom('1m', '10m', '1d', '365d'), { maxLength: 3 }),
	relearningSteps: fc.array(fc.constantFrom('10m', '365d'), { maxLength: 2 }),
	newCardOrder: fc.constantFrom('mixed', 'bySet')
});

const fileArbitrary = fc
	.record({
		cards: fc.array(fc.tuple(cardArbitrary, memory, withoutLastReview), {
			minLength: 1,
			maxLength: 4
		}),
		settings: settingsArbitrary,
		quizTitle: fc.string({ maxLength: 20 })
	})
	.map(({ cards, settings, quizTitle }) => ({
		cards: cards.map(([{ last_review, ...card }, state, dropLastReview], index) => ({
			itemId: `card-${index}`,
			setId: 'set',
			suspended: false,
			// ts-fsrs requires these fields to be present (they may be 0).
			card: {
				learning_steps: 0,
				reps: 0,
				lapses: 0,
				...card,
				...state,
				...(dropLastReview && card.state === State.New ? {} : { last_review })
			}
		})),
		reviews: [],
		settings,
		quizzes: [{ id: 'quiz-1', title: quizTitle, createdAt: iso(NOW), itemIds: ['card-0'] }],
		results: [],
		meta: {}
	}));

type Step = { kind: 'review'; card: number; grade: Grade; minutes: number } | { kind: 'undo' };
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
	fc.record({
		kind: fc.constant('review' as const),
		card: fc.nat(3),
		grade: fc.constantFrom<Grade>(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy),
		minutes: fc.integer({ min: 0, max: 60 * 24 * 400 })
	}),
	fc.constant({ kind: 'undo' as const })
);

async function fileText(data: BackupFile['data']): Promise<string> {
	const dataText = JSON.stringify(data);
	const header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: iso(NOW) };
	return JSON.stringify({ ...header, checksum: await sha256Hex(dataText), data });
}

describe('every state the learner can reach', () => {
	it('exports a backup that imports into an empty database with the same data (200 runs)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fileArbitrary,
				fc.array(stepArbitrary, { maxLength: 12 }),
				async (data, steps) => {
					const { db } = await openTestDb();
					const backup = await parseBackup(await fileText(data as BackupFile['data']), T0);
					await importBackup(db, backup, 'replace');
					const scheduler = new Scheduler(backup.data.settings);
					const own: ReviewRecord[] = [];
					let now = NOW;
					for (const step of steps) {
						if (step.kind === 'undo') {
							const review = own.pop();
							if (review) await undoReview(db, review, (card, r) => scheduler.undo(card, r));
							continue;
						}
						now += step.minutes * 60_000;
						const itemId = `card-${step.card % data.cards.length}`;
						const { review } = await gradeCard(db, itemId, (stored) =>
							scheduler.reviewRecord(stored, step.grade, reviewTimeAfter(stored, new Date(now)))
						);
						now = Math.max(now, review.log.review.getTime());
						own.push(review);
					}
					const exportedAt = new Date(now);
					const exported = await exportBackup(db, exportedAt);
					const { db: empty } = await openTestDb();
					await importBackup(empty, await parseBackup(exported, exportedAt), 'replace');
					expect(await exportBackup(empty, exportedAt)).toBe(exported);
				}
			),
			{ numRuns: 200 }
		);
	}, 120_000);
});
