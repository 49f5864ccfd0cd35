import { Grades, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { itemTypes } from '$lib/content/schema';
import {
	gradeForKey,
	gradeOptions,
	isSelfGraded,
	preselectedGrade,
	revealedGrade
} from './grading';

describe('preselectedGrade', () => {
	it('proposes Good for a right answer and Again for a wrong one', () => {
		expect(preselectedGrade(true)).toBe(Rating.Good);
		expect(preselectedGrade(false)).toBe(Rating.Again);
	});
});

describe('revealedGrade', () => {
	it('proposes Good for a revealed flashcard, so Enter has a grade to confirm', () => {
		expect(revealedGrade).toBe(Rating.Good);
	});
});

describe('gradeOptions', () => {
	it('offers all four grades, in order, on keys 1 to 4', () => {
		expect(gradeOptions.map((option) => option.grade)).toEqual([...Grades]);
		expect(gradeOptions.map((option) => [option.key, option.name, option.label])).toEqual([
			['1', 'again', 'Again'],
			['2', 'hard', 'Hard'],
			['3', 'good', 'Good'],
			['4', 'easy', 'Easy']
		]);
	});
});

describe('gradeForKey', () => {
	it('maps 1–4 to Again–Easy and anything else to nothing', () => {
		expect(['1', '2', '3', '4'].map(gradeForKey)).toEqual([
			Rating.Again,
			Rating.Hard,
			Rating.Good,
			Rating.Easy
		]);
		expect(gradeForKey('0')).toBeUndefined();
		expect(gradeForKey('5')).toBeUndefined();
		expect(gradeForKey('Enter')).toBeUndefined();
	});
});

describe('isSelfGraded', () => {
	it('is true for flashcards only: every other type is checked automatically', () => {
		expect(itemTypes.filter(isSelfGraded)).toEqual(['flashcard']);
	});
});
