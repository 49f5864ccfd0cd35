import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { cardRecord } from '$lib/srs/fixtures';
import { masteredStabilityDays, progressOf } from './progress';

describe('progressOf', () => {
	it('sorts cards into new, learning and mastered', () => {
		const cards = [
			cardRecord({ itemId: 'a-1', card: {} }),
			cardRecord({ itemId: 'a-2', card: { state: State.Learning, stability: 1 } }),
			cardRecord({ itemId: 'a-3', card: { state: State.Relearning, stability: 30 } }),
			cardRecord({ itemId: 'a-4', card: { state: State.Review, stability: 5 } }),
			cardRecord({
				itemId: 'a-5',
				card: { state: State.Review, stability: masteredStabilityDays }
			})
		];
		expect(progressOf(cards)).toEqual({ new: 1, learning: 3, mastered: 1 });
	});

	it('leaves suspended cards out', () => {
		const cards = [cardRecord({ itemId: 'a-1', card: {}, suspended: true })];
		expect(progressOf(cards)).toEqual({ new: 0, learning: 0, mastered: 0 });
	});
});
