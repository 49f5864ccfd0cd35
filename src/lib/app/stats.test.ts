import fc from 'fast-check';
import { Rating, State } from 'ts-fsrs';
import { afterEach, describe, expect, it } from 'vitest';
import { cardRecord } from '$lib/srs/fixtures';
import { studyDays } from '$lib/srs/day';
import type { CardRecord } from '$lib/srs/types';
import { historyDays, forecastDays } from '$lib/stats/history';
import { progressOf } from '$lib/stats/progress';
import { commitReview, putCards, type RepasoDb } from '$lib/storage';
import { newCard, openTestDb, reviewOf } from '$lib/storage/test-fixtures';
import { readStatsFigures } from './stats';

const now = new Date('2025-06-10T12:00:00Z');
const clock = { now, dayStartHour: 4, timeZone: 'America/Mexico_City' };
const dayMs = 86_400_000;

let db: RepasoDb | undefined;
afterEach(() => db?.close());

const cardArbitrary = fc.record({
	set: fc.constantFrom('alpha', 'beta', 'gamma'),
	state: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
	dueDays: fc.double({ min: -10, max: 40, noNaN: true }),
	stability: fc.double({ min: 0.1, max: 60, noNaN: true }),
	suspended: fc.boolean()
});

type CardSpec = typeof cardArbitrary extends fc.Arbitrary<infer T> ? T : never;

function cardsFrom(specs: readonly CardSpec[]): CardRecord[] {
	return specs.map((spec, index) => {
		const record = cardRecord({
			itemId: `${spec.set}-${index}`,
			setId: spec.set,
			suspended: spec.suspended,
			card: {
				state: spec.state,
				due: new Date(now.getTime() + spec.dueDays * dayMs),
				stability: spec.stability
			}
		});
		return spec.suspended ? record : { ...record, bankRank: index };
	});
}

/** The forecast worked out card by card: what the storage counts must agree with. */
function naiveForecast(cards: readonly CardRecord[]): number[] {
	const days = studyDays(now, clock.dayStartHour, clock.timeZone, 0, forecastDays);
	const counts = days.map(() => 0);
	for (const { card, suspended } of cards) {
		if (suspended || card.state === State.New) continue;
		const index = days.findIndex((day) => card.due < day.end);
		if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
	}
	return counts;
}

describe('readStatsFigures', () => {
	it('counts forecast and mastery as reading every card would', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(cardArbitrary, { maxLength: 40 }), async (specs) => {
				({ db } = await openTestDb());
				const cards = cardsFrom(specs);
				await putCards(db, cards);
				const figures = await readStatsFigures(db, ['alpha', 'beta', 'gamma'], clock);
				expect(figures.dueForecast).toEqual(naiveForecast(cards));
				for (const set of ['alpha', 'beta', 'gamma']) {
					const inSet = cards.filter((record) => record.setId === set);
					expect(figures.mastery.get(set)).toEqual(progressOf(inSet));
				}
				db.close();
			}),
			{ numRuns: 40 }
		);
	});

	it('gives the history of committed reviews', async () => {
		({ db } = await openTestDb());
		const first = reviewOf(
			{ ...newCard('timeline-1'), bankRank: 0 },
			Rating.Good,
			new Date(now.getTime() - dayMs)
		);
		await commitReview(db, first);
		await commitReview(db, reviewOf(first.card, Rating.Good, new Date(now.getTime() - 60_000)));
		const figures = await readStatsFigures(db, ['timeline'], clock);
		expect(figures.reviewsPerDay).toHaveLength(historyDays);
		expect(figures.reviewsPerDay.slice(-2)).toEqual([1, 1]);
		expect(figures.streak).toBe(2);
		expect(figures.trueRetention).toBeNull();
		expect(figures.mastery.get('timeline')).toEqual({ new: 0, learning: 1, mastered: 0 });
	});
});
