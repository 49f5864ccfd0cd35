/** Grading rules for the study page: which grade is preselected and how grades map to keys. */
import { Rating, type Grade } from 'ts-fsrs';
import type { ItemType } from '$lib/content/schema';

export type GradeName = 'again' | 'hard' | 'good' | 'easy';

export interface GradeOption {
	grade: Grade;
	/** The keyboard key that picks it. */
	key: '1' | '2' | '3' | '4';
	/** A stable name, e.g. for looking up a translated label. */
	name: GradeName;
	/** English label. */
	label: string;
}

/** Every grade, in button order; all four are always offered, whatever was preselected. */
export const gradeOptions: readonly GradeOption[] = [
	{ grade: Rating.Again, key: '1', name: 'again', label: 'Again' },
	{ grade: Rating.Hard, key: '2', name: 'hard', label: 'Hard' },
	{ grade: Rating.Good, key: '3', name: 'good', label: 'Good' },
	{ grade: Rating.Easy, key: '4', name: 'easy', label: 'Easy' }
];

/**
 * The grade an auto-graded answer proposes; the learner confirms it (Enter) or picks another.
 * @example preselectedGrade(false) === Rating.Again
 */
export function preselectedGrade(correct: boolean): Grade {
	return correct ? Rating.Good : Rating.Again;
}

/**
 * The grade a revealed flashcard proposes, as Anki's Enter does: the learner confirms it or picks
 * another, and sees which one Enter would give.
 */
export const revealedGrade: Grade = Rating.Good;

/**
 * Whether the learner grades the item themselves: a flashcard has no answer to check.
 * @example isSelfGraded('flashcard') === true
 */
export function isSelfGraded(type: ItemType): boolean {
	return type === 'flashcard';
}

/**
 * The grade a key press picks, if any.
 * @example gradeForKey('3') === Rating.Good
 */
export function gradeForKey(key: string): Grade | undefined {
	return gradeOptions.find((option) => option.key === key)?.grade;
}
