/** The learner's data as the study pages need it, read in one place. */
import { studyDayBounds } from '$lib/srs/day';
import type { StudySettings } from '$lib/srs/settings';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';
import { getAllCards, getSettings, reviewsBetween } from '$lib/storage';
import { appDatabase } from './database.svelte';

export interface LearnerSnapshot {
	cards: CardRecord[];
	/** Reviews of the current study day. */
	reviewsToday: ReviewRecord[];
	settings: StudySettings;
	timeZone: string;
	now: Date;
}

/** The learner's time zone, which decides when a study day begins. */
export function learnerTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Cards, today's reviews and settings, read at `now`. */
export async function readLearner(now: Date): Promise<LearnerSnapshot> {
	const db = await appDatabase();
	const timeZone = learnerTimeZone();
	const [cards, settings] = await Promise.all([getAllCards(db), getSettings(db)]);
	const { start, end } = studyDayBounds(now, settings.dayStartHour, timeZone);
	const reviewsToday = await reviewsBetween(db, start, end);
	return { cards, reviewsToday, settings, timeZone, now };
}
