import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '$lib/srs/settings';
import { newCard, reviewOf } from '$lib/storage/test-fixtures';
import { tallyReviews } from '$lib/stats/review-tally';
import type { LearnerSnapshot } from './learner';
import { todayFigures } from './today';

const now = new Date('2025-06-10T12:00:00Z');
const yesterday = new Date('2025-06-09T12:00:00Z');
const progress = new Map([['alpha', { new: 2, learning: 1, mastered: 0 }]]);

function learner(overrides: Partial<LearnerSnapshot> = {}): LearnerSnapshot {
	return {
		cards: [newCard('alpha-1', yesterday), newCard('alpha-2', yesterday)],
		today: { reviews: 0, introduced: 0, mature: 0, recalled: 0 },
		settings: { ...defaultSettings(), dayStartHour: 4 },
		timeZone: 'UTC',
		now,
		newOrder: { order: 'bySet', setStarts: [] },
		...overrides
	};
}

describe('todayFigures', () => {
	it('counts a first visit: new cards waiting, no streak, nothing studied', () => {
		expect(todayFigures(learner(), [], progress)).toEqual({
			counts: { due: 0, learning: 0, new: 2 },
			streak: 0,
			reviewedToday: 0,
			progress
		});
	});

	it('counts a card in learning, the streak of study days and today’s reviews', () => {
		const reviewedYesterday = reviewOf(newCard('alpha-1', yesterday), Rating.Good, yesterday);
		const reviewedNow = reviewOf(reviewedYesterday.card, Rating.Again, now);
		const figures = todayFigures(
			learner({
				cards: [reviewedNow.card, newCard('alpha-2', yesterday)],
				today: { reviews: 1, introduced: 0, mature: 0, recalled: 0 }
			}),
			tallyReviews([reviewedYesterday.log, reviewedNow.log]),
			progress
		);
		expect(figures.counts).toEqual({ due: 0, learning: 1, new: 1 });
		expect(figures.streak).toBe(2);
		expect(figures.reviewedToday).toBe(1);
	});
});
