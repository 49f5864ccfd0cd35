/**
 * A quiz's flashcards are self-graded with two answers, "I knew it" and "I didn't", where study
 * has four grades. The same keys work in both, so a learner's habit carries over: 1 (Again) means
 * they did not know it, and 2–4 (Hard, Good, Easy: each a recall) mean they did.
 */
import { Rating, type Grade } from 'ts-fsrs';
import { gradeOptions } from '$lib/srs/grading';

/**
 * Whether a grade key pressed on a quiz's flashcard says the learner knew it.
 * @example knewForGrade(Rating.Again) === false
 */
export function knewForGrade(grade: Grade): boolean {
	return grade !== Rating.Again;
}

const keysWhere = (knew: boolean) =>
	gradeOptions.filter((option) => knewForGrade(option.grade) === knew).map((option) => option.key);

/** The keys of each answer, and the one shown on "I knew it": Good's, the usual grade in study. */
export const selfGradeKeys = {
	didNotKnow: keysWhere(false),
	knew: keysWhere(true),
	shownForKnew: gradeOptions.find((option) => option.grade === Rating.Good)!.key
} as const;
