/** What a replace would swap: this device's learning and a backup's, side by side. */
import type { Backup } from './backup-schema';
import { readCardTable } from './cards';
import { reviewCount, reviewTimeAt, type PackedReviews } from './review-pages';
import { readPackedLog } from './reviews';
import type { RepasoDb } from './schema';
import { transact } from './transaction';

export interface LearningSummary {
	cards: number;
	reviews: number;
	/** The latest review, or null when there is none. */
	newestReview: Date | null;
}

function newest(log: PackedReviews): Date | null {
	let latest = -Infinity;
	for (let index = 0; index < reviewCount(log); index++) {
		latest = Math.max(latest, reviewTimeAt(log, index));
	}
	return Number.isFinite(latest) ? new Date(latest) : null;
}

/** @example summariseBackup(await parseBackup(text, now)) // → { cards: 120, reviews: 340, newestReview } */
export function summariseBackup(backup: Backup): LearningSummary {
	const log = backup.data.reviews;
	return { cards: backup.data.cards.length, reviews: reviewCount(log), newestReview: newest(log) };
}

/** The same figures for this device, read in one transaction. @example await summariseDevice(db) */
export function summariseDevice(db: RepasoDb): Promise<LearningSummary> {
	return transact(db, ['cardPages', 'cardChanges', 'reviewPages'], 'readonly', async (tx) => {
		const [table, log] = await Promise.all([readCardTable(tx), readPackedLog(tx)]);
		return { cards: table.records().length, reviews: reviewCount(log), newestReview: newest(log) };
	});
}
