/** Time spent studying: measured per card, capped, and shown in whole minutes. */

/**
 * The most one card counts for, as Anki's default "maximum answer seconds": a card left on screen
 * while the learner is away adds a minute, not the whole break.
 */
export const maxCardMs = 60_000;

/**
 * The study time a card counts for, from when it was shown to when it was graded.
 * @example cardStudyTime(shownAt, gradedAt) // 14_250, or maxCardMs after a long pause
 */
export function cardStudyTime(shownAt: Date, gradedAt: Date): number {
	return Math.min(maxCardMs, Math.max(0, gradedAt.getTime() - shownAt.getTime()));
}

export interface StudyDuration {
	hours: number;
	/** 0 to 59. */
	minutes: number;
	/** Some time was spent, but less than half a minute: it rounds to none. */
	underAMinute: boolean;
}

/**
 * A duration in whole hours and minutes, rounded to the nearest minute.
 * @example durationOf(5_430_000) // { hours: 1, minutes: 31, underAMinute: false }
 */
export function durationOf(ms: number): StudyDuration {
	const totalMinutes = Math.round(ms / 60_000);
	return {
		hours: Math.floor(totalMinutes / 60),
		minutes: totalMinutes % 60,
		underAMinute: ms > 0 && totalMinutes === 0
	};
}
