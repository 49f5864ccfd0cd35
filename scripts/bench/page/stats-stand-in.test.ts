import { Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { cardRecord, fixtureNow, reviewRecord } from '$lib/srs/fixtures';
import {
	forecastDays,
	historyDays,
	statsFigures,
	studyDays,
	type StatsInput
} from './stats-stand-in';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
/** fixtureNow is 12:00 UTC; study days start at 04:00. */
const todayStart = fixtureNow.getTime() - 8 * hourMs;

function at(ms: number): Date {
	return new Date(ms);
}

function input(overrides: Partial<StatsInput> = {}): StatsInput {
	return {
		cards: [],
		reviews: [],
		dayStartHour: 4,
		now: fixtureNow,
		timeZone: 'UTC',
		...overrides
	};
}

describe('studyDays', () => {
	it('gives consecutive days around today', () => {
		const days = studyDays(fixtureNow, 4, 'UTC', -2, 4);
		expect(days.map((day) => day.start.getTime())).toEqual(
			[-2, -1, 0, 1].map((offset) => todayStart + offset * dayMs)
		);
		expect(days.every((day) => day.end.getTime() - day.start.getTime() === dayMs)).toBe(true);
	});

	it('keeps days 23 or 25 hours long when the clocks change', () => {
		// Madrid moved to summer time at 02:00 on 2025-03-30, inside the study day before that one.
		const [shortDay, today] = studyDays(
			new Date('2025-03-30T12:00:00Z'),
			4,
			'Europe/Madrid',
			-1,
			2
		);
		expect(shortDay?.end).toEqual(today?.start);
		expect((shortDay?.end.getTime() ?? 0) - (shortDay?.start.getTime() ?? 0)).toBe(23 * hourMs);
	});
});

describe('statsFigures', () => {
	it('counts reviews per study day for a year, today last', () => {
		const review = (time: number) => reviewRecord({ log: { review: at(time) } });
		const figures = statsFigures(
			input({
				reviews: [
					review(todayStart + hourMs),
					review(todayStart + 2 * hourMs),
					review(todayStart - hourMs),
					review(todayStart - historyDays * dayMs)
				]
			})
		);
		expect(figures.reviewsPerDay).toHaveLength(historyDays);
		expect(figures.reviewsPerDay.slice(-2)).toEqual([1, 2]);
		expect(figures.reviewsPerDay.reduce((sum, count) => sum + count, 0)).toBe(3);
	});

	it('measures retention on reviews of cards in review over the last 30 days', () => {
		const review = (state: State, rating: Rating, daysAgo = 0) =>
			reviewRecord({ log: { state, rating, review: at(todayStart + hourMs - daysAgo * dayMs) } });
		const figures = statsFigures(
			input({
				reviews: [
					review(State.Review, Rating.Good),
					review(State.Review, Rating.Hard),
					review(State.Review, Rating.Easy),
					review(State.Review, Rating.Again),
					review(State.Learning, Rating.Again),
					review(State.Review, Rating.Again, 40)
				]
			})
		);
		expect(figures.trueRetention).toBe(0.75);
		expect(statsFigures(input()).trueRetention).toBeNull();
	});

	it('forecasts due cards per day, overdue ones today, new and suspended ones not at all', () => {
		const due = (time: number, overrides = {}) =>
			cardRecord({ card: { state: State.Review, due: at(time) }, ...overrides });
		const figures = statsFigures(
			input({
				cards: [
					due(todayStart - 3 * dayMs),
					due(todayStart + hourMs),
					due(todayStart + dayMs + hourMs),
					due(todayStart + 40 * dayMs),
					due(todayStart + hourMs, { suspended: true }),
					cardRecord()
				]
			})
		);
		expect(figures.dueForecast).toHaveLength(forecastDays);
		expect(figures.dueForecast.slice(0, 3)).toEqual([2, 1, 0]);
		expect(figures.dueForecast.reduce((sum, count) => sum + count, 0)).toBe(3);
	});

	it('gives each set its progress', () => {
		const figures = statsFigures(
			input({
				cards: [
					cardRecord({ itemId: 'a-1', setId: 'a' }),
					cardRecord({ itemId: 'a-2', setId: 'a', card: { state: State.Learning } }),
					cardRecord({ itemId: 'b-1', setId: 'b', card: { state: State.Review, stability: 30 } })
				]
			})
		);
		expect(Object.fromEntries(figures.mastery)).toEqual({
			a: { new: 1, learning: 1, mastered: 0 },
			b: { new: 0, learning: 0, mastered: 1 }
		});
	});
});
