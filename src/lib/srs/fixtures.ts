/** Test fixture factories for cards and reviews; used only by tests. */
import { createEmptyCard, Rating, State, type Card, type ReviewLog } from 'ts-fsrs';
import type { CardRecord, ReviewRecord } from './types';

/** A fixed instant tests build on, so nothing depends on the clock. */
export const fixtureNow = new Date('2025-06-10T12:00:00Z');

/** A card: new and created at `fixtureNow` unless overridden. */
export function card(overrides: Partial<Card> = {}): Card {
	return { ...createEmptyCard(fixtureNow), ...overrides };
}

/** A card in review that was last seen `scheduled_days` before its due date. */
export function reviewCard(overrides: Partial<Card> & { due: Date }): Card {
	const scheduledDays = overrides.scheduled_days ?? 10;
	return card({
		state: State.Review,
		stability: 10,
		difficulty: 5,
		scheduled_days: scheduledDays,
		reps: 3,
		last_review: new Date(overrides.due.getTime() - scheduledDays * 86_400_000),
		...overrides
	});
}

export function cardRecord(
	overrides: Partial<Omit<CardRecord, 'card'>> & { card?: Partial<Card> } = {}
): CardRecord {
	const { card: cardOverrides, ...rest } = overrides;
	return { itemId: 'set-1', setId: 'set', suspended: false, ...rest, card: card(cardOverrides) };
}

export function reviewLog(overrides: Partial<ReviewLog> = {}): ReviewLog {
	return {
		rating: Rating.Good,
		state: State.New,
		due: fixtureNow,
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		last_elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		review: fixtureNow,
		...overrides
	};
}

export function reviewRecord(
	overrides: Partial<Omit<ReviewRecord, 'log'>> & { log?: Partial<ReviewLog> } = {}
): ReviewRecord {
	const { log, ...rest } = overrides;
	return { itemId: 'set-1', ...rest, log: reviewLog(log) };
}
