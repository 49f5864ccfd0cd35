/**
 * The study settings a learner starts with. Apart from their schema (settings.ts), so that a
 * screen needing only the defaults (Today on a first visit) loads neither valibot nor ts-fsrs; the
 * schema fills a missing setting from here, so the two cannot disagree.
 */
import type { StepUnit } from 'ts-fsrs';
import type { NewCardOrder } from './new-order';

/** @example defaultSettings().dailyNewLimit === 20 */
export function defaultSettings() {
	return {
		dailyNewLimit: 20,
		desiredRetention: 0.9,
		maximumInterval: 36500,
		dayStartHour: 4,
		learningSteps: ['1m', '10m'] as StepUnit[],
		relearningSteps: ['10m'] as StepUnit[],
		newCardOrder: 'mixed' as NewCardOrder
	};
}
