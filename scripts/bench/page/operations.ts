/** The operations the bench times, each done the way the app does it. */
import { Rating } from 'ts-fsrs';
import { buildQueue, dueCounts, nextCard } from '$lib/srs/queue';
import { Scheduler } from '$lib/srs/scheduler';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import { studyStreak } from '$lib/stats/streak';
import {
	commitReview,
	exportBackup,
	getAllCards,
	getSettings,
	importBackup,
	openRepasoDb,
	parseBackup,
	reviewsBetween,
	undoLastReview
} from '$lib/storage';
import { mainDbName, type Dataset } from './dataset';
import { readLearnerFrom } from './learner';
import type { Operation } from './measure';
import { statsFigures } from './stats-stand-in';

const dayMs = 86_400_000;

/** Reviews made by the bench come after every generated one, so undo always takes back the bench's. */
function reviewClock(now: Date): () => Date {
	let tick = 0;
	return () => new Date(now.getTime() + ++tick * 1000);
}

/**
 * Commit and undo work in pairs so every run starts from the same data: a commit run is followed by
 * an untimed undo, an undo run by an untimed commit before it.
 */
function reviewOperations(dataset: Dataset): Operation[] {
	const { db, learner } = dataset;
	const scheduler = new Scheduler(learner.settings);
	const queue = buildQueue({ ...learner, now: dataset.now, timeZone: dataset.timeZone });
	const cards = new Map(queue.slice(0, 50).map((record) => [record.itemId, record]));
	const clock = reviewClock(dataset.now);
	let turn = 0;
	let pending: { record: CardRecord; review: ReviewRecord } | undefined;

	const prepareReview = async () => {
		const current = [...cards.values()][turn++ % cards.size];
		if (!current) throw new Error('no card is due to review');
		pending = scheduler.reviewRecord(current, Rating.Good, clock());
	};
	const commit = async () => {
		if (!pending) throw new Error('no review prepared');
		const { record, review } = pending;
		await commitReview(db, { card: record, log: review.log, previousDue: review.previousDue });
	};
	const undo = async () => {
		const undone = await undoLastReview(db, (card, review) => scheduler.undo(card, review));
		if (!undone) throw new Error('nothing to undo');
		cards.set(undone.card.itemId, undone.card);
	};
	return [
		{
			name: 'commit one review',
			targetMs: 5,
			speed: 'quick',
			before: prepareReview,
			run: commit,
			after: undo
		},
		{
			name: 'undo last review',
			targetMs: null,
			speed: 'quick',
			before: async () => {
				await prepareReview();
				await commit();
			},
			run: undo
		}
	];
}

export function benchOperations(dataset: Dataset): Operation[] {
	const { db, importDb, now, timeZone, learner, bankOrder } = dataset;
	// What a study session holds: the cards by id and the bank's items (StudySession's #queueInput).
	const sessionCards = new Map(learner.cards.map((record) => [record.itemId, record]));
	const items = new Set(bankOrder);
	let backupText: string | undefined;
	return [
		{
			name: 'open + build queue',
			targetMs: 30,
			speed: 'quick',
			run: async (lap) => {
				const fresh = await openRepasoDb({ name: mainDbName });
				lap('open');
				try {
					const read = await readLearnerFrom(fresh, now, timeZone, lap);
					buildQueue({ ...read, now, timeZone, bankOrder });
					lap('buildQueue');
				} finally {
					fresh.close();
				}
			}
		},
		...reviewOperations(dataset),
		{
			name: 'next card + counts (pure, after each review)',
			targetMs: null,
			speed: 'quick',
			run: async () => {
				const input = {
					...learner,
					cards: [...sessionCards.values()].filter((record) => items.has(record.itemId)),
					now,
					timeZone,
					bankOrder
				};
				nextCard(input);
				dueCounts(input);
			}
		},
		{
			name: 'stats page figures (stand-in)',
			targetMs: 200,
			speed: 'quick',
			run: async (lap) => {
				const [cards, settings, reviews] = await Promise.all([
					getAllCards(db),
					getSettings(db),
					reviewsBetween(db, new Date(now.getTime() - 366 * dayMs), new Date(now.getTime() + dayMs))
				]);
				lap('read cards + settings + year of reviews');
				const { dayStartHour } = settings;
				statsFigures({ cards, reviews, dayStartHour, now, timeZone });
				lap('per day, retention, forecast, mastery');
				studyStreak(
					reviews.map((review) => review.log.review),
					now,
					dayStartHour,
					timeZone
				);
				lap('streak (studyStreak)');
			}
		},
		{
			name: 'export backup',
			targetMs: 2000,
			speed: 'slow',
			run: async (lap) => {
				const file = await exportBackup(db, now);
				lap('exportBackup');
				backupText = JSON.stringify(file, null, '\t');
				lap('JSON.stringify');
			}
		},
		{
			name: 'import backup (replace)',
			targetMs: 2000,
			speed: 'slow',
			run: async (lap) => {
				if (backupText === undefined) throw new Error('no backup to import: the export failed');
				const backup = await parseBackup(backupText, now);
				lap('parseBackup');
				await importBackup(importDb, backup, 'replace');
				lap('importBackup');
			}
		}
	];
}
