/** What one study session did, for the summary at its end. */
import { Rating, type Grade } from 'ts-fsrs';

/** One review the session made and kept (an undone one is left out). */
export interface SessionReview {
	rating: Grade;
	/** The time the card counted for (see cardStudyTime). */
	studyMs: number;
}

export interface SessionSummary {
	reviewed: number;
	/** Reviews graded anything but Again: remembered, as true retention counts them. */
	recalled: number;
	/** Share of reviews recalled, from 0 to 1; null before the first review. */
	accuracy: number | null;
	studyMs: number;
}

/**
 * Totals of a session's reviews.
 * @example summariseSession([{ rating: Rating.Good, studyMs: 8000 }, { rating: Rating.Again, studyMs: 12000 }])
 * // { reviewed: 2, recalled: 1, accuracy: 0.5, studyMs: 20000 }
 */
export function summariseSession(reviews: readonly SessionReview[]): SessionSummary {
	const recalled = reviews.filter((review) => review.rating !== Rating.Again).length;
	return {
		reviewed: reviews.length,
		recalled,
		accuracy: reviews.length > 0 ? recalled / reviews.length : null,
		studyMs: reviews.reduce((total, review) => total + review.studyMs, 0)
	};
}
