/** The operations the bench times, each done the way the app does it. */
import { Rating } from 'ts-fsrs';
import { readLearnerFrom } from '$lib/app/learner';
import { readStatsFigures } from '$lib/app/stats';
import { buildQueue, dueCounts, nextCard, type QueueInput } from '$lib/srs/queue';
import { Scheduler } from '$lib/srs/scheduler';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import {
	commitReview,
	deleteAllData,
	exportBackup,
	getAllCards,
	getSettings,
	importBackup,
	openRepasoDb,
	parseBackup,
	undoLastReview
} from '$lib/storage';
import { FOLD_AT } from '$lib/storage/card-table';
import { mainDbName, type Dataset } from './dataset';
import type { Operation } from './measure';

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
	const queue = buildQueue({ ...learner, introducedToday: learner.today.introduced });
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
	let unreviewed: CardRecord[] | undefined;
	/**
	 * Brings the changed cards to one short of a fold, counting the card about to be reviewed, with
	 * cards the bench never reviews, stored as they are (only where they are kept changes).
	 */
	const fillChangesToFold = async () => {
		if (!pending) throw new Error('no review prepared');
		unreviewed ??= (await getAllCards(db)).filter((record) => !cards.has(record.itemId));
		const changed = new Set(await db.getAllKeys('cardChanges'));
		changed.add(pending.record.itemId);
		const missing = FOLD_AT - changed.size;
		const fill = unreviewed.filter((record) => !changed.has(record.itemId)).slice(0, missing);
		const tx = db.transaction('cardChanges', 'readwrite');
		await Promise.all([...fill.map((record) => tx.store.put(record)), tx.done]);
	};
	const undoAfterFold = async () => {
		// The run is only a fold's if it left no change behind.
		if ((await db.count('cardChanges')) > 0) throw new Error('the commit did not fold');
		await undo();
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
			name: 'commit that folds the changed cards into pages',
			targetMs: null,
			speed: 'quick',
			before: async () => {
				await prepareReview();
				await fillChangesToFold();
			},
			run: commit,
			after: undoAfterFold
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
	const { db, importDb, now, timeZone, learner, setIds } = dataset;
	// What a study session recomputes after each review (StudySession's #queueInput).
	const sessionInput: QueueInput = { ...learner, introducedToday: learner.today.introduced };
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
					const read = await readLearnerFrom(fresh, now, timeZone);
					lap('read settings, then due and next new cards + today’s tallies');
					buildQueue({ ...read, introducedToday: read.today.introduced });
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
				nextCard(sessionInput);
				dueCounts(sessionInput);
			}
		},
		{
			name: 'stats page figures',
			targetMs: 200,
			speed: 'quick',
			run: async (lap) => {
				const { dayStartHour } = await getSettings(db);
				lap('read settings');
				await readStatsFigures(db, setIds, { now, dayStartHour, timeZone });
				lap('tallies, forecast and mastery counts, history');
			}
		},
		{
			name: 'export backup',
			targetMs: 2000,
			speed: 'slow',
			run: async (lap) => {
				backupText = await exportBackup(db, now);
				lap('exportBackup (read + file text)');
			}
		},
		{
			name: 'import backup (replace)',
			targetMs: 2000,
			speed: 'slow',
			// A restore on a new device: nothing to keep, every card to write.
			before: () => deleteAllData(importDb),
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
