/**
 * The reads of `readLearner` (src/lib/app/learner.ts) on a connection the bench chooses: the app's
 * own version always uses its one shared connection.
 */
import { studyDayBounds } from '$lib/srs/day';
import type { StudySettings } from '$lib/srs/settings';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import { getAllCards, getSettings, reviewsBetween, type RepasoDb } from '$lib/storage';
import type { Lap } from './measure';

export interface Learner {
	cards: CardRecord[];
	reviewsToday: ReviewRecord[];
	settings: StudySettings;
}

export async function readLearnerFrom(
	db: RepasoDb,
	now: Date,
	timeZone: string,
	lap: Lap = () => undefined
): Promise<Learner> {
	const [cards, settings] = await Promise.all([getAllCards(db), getSettings(db)]);
	lap('read cards + settings');
	const { start, end } = studyDayBounds(now, settings.dayStartHour, timeZone);
	const reviewsToday = await reviewsBetween(db, start, end);
	lap("read today's reviews");
	return { cards, reviewsToday, settings };
}
