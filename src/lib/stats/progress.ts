/** How far along a learner is with a group of cards, for progress bars. */
import { State } from 'ts-fsrs';
import type { CardRecord } from '$lib/srs/types';

/** A card counts as mastered once FSRS expects it to be remembered for three weeks or more. */
export const masteredStabilityDays = 21;

export interface Progress {
	new: number;
	learning: number;
	mastered: number;
}

/**
 * Counts active cards as new, learning (seen but not yet stable) or mastered. Suspended cards are
 * left out: their items are no longer in the bank.
 * @example progressOf(cards) // { new: 12, learning: 6, mastered: 3 }
 */
export function progressOf(cards: readonly CardRecord[]): Progress {
	const progress: Progress = { new: 0, learning: 0, mastered: 0 };
	for (const { card, suspended } of cards) {
		if (suspended) continue;
		if (card.state === State.New) progress.new++;
		else if (card.state === State.Review && card.stability >= masteredStabilityDays)
			progress.mastered++;
		else progress.learning++;
	}
	return progress;
}
