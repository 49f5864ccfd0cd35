import { State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { fixtureNow } from '$lib/srs/fixtures';
import { generateLearner, seededRandom, type LearnerChunk } from './generate';

const yearMs = 365 * 86_400_000;

function generateAll(cards: number, seed = 7): LearnerChunk {
	const all: LearnerChunk = { cards: [], reviews: [] };
	for (const chunk of generateLearner({ cards, now: fixtureNow, seed }, 100)) {
		all.cards.push(...chunk.cards);
		all.reviews.push(...chunk.reviews);
	}
	return all;
}

describe('seededRandom', () => {
	it('repeats for a seed and stays in [0, 1)', () => {
		const first = Array.from({ length: 100 }, seededRandom(3));
		expect(Array.from({ length: 100 }, seededRandom(3))).toEqual(first);
		expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
	});
});

describe('generateLearner', () => {
	const learner = generateAll(500);

	it('is the same for the same seed', () => {
		expect(generateAll(50)).toEqual(generateAll(50));
		expect(generateAll(50, 8)).not.toEqual(generateAll(50));
	});

	it('yields the cards a chunk at a time, each with a unique item id', () => {
		const sizes = [...generateLearner({ cards: 250, now: fixtureNow, seed: 1 }, 100)].map(
			(chunk) => chunk.cards.length
		);
		expect(sizes).toEqual([100, 100, 50]);
		expect(new Set(learner.cards.map((record) => record.itemId)).size).toBe(500);
	});

	it('gives about twenty reviews per card, all within the last year', () => {
		expect(learner.reviews.length / learner.cards.length).toBeGreaterThan(15);
		expect(learner.reviews.length / learner.cards.length).toBeLessThan(25);
		const times = learner.reviews.map((review) => review.log.review.getTime());
		expect(Math.min(...times)).toBeGreaterThanOrEqual(fixtureNow.getTime() - yearMs);
		expect(Math.max(...times)).toBeLessThan(fixtureNow.getTime());
	});

	it('leaves cards in every state, due both before and after now', () => {
		const generated = generateAll(2000);
		const states = new Set(generated.cards.map((record) => record.card.state));
		expect(states).toEqual(new Set([State.New, State.Learning, State.Review, State.Relearning]));
		const studied = generated.cards.filter((record) => record.card.state !== State.New);
		expect(studied.some((record) => record.card.due < fixtureNow)).toBe(true);
		expect(studied.some((record) => record.card.due > fixtureNow)).toBe(true);
	});

	it('stores reviews that lead to each card as it is now', () => {
		const record = learner.cards.find((candidate) => candidate.card.reps > 3);
		const history = learner.reviews.filter((review) => review.itemId === record?.itemId);
		expect(history).toHaveLength(record?.card.reps ?? -1);
		expect(history.at(-1)?.log.review).toEqual(record?.card.last_review);
	});
});
