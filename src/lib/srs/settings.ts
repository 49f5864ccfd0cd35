/** The learner's study settings: one valibot schema gives the type, the defaults and validation. */
import type { StepUnit } from 'ts-fsrs';
import * as v from 'valibot';
import { NewCardOrder } from './new-order';
import { defaultSettings } from './settings-defaults';

export { defaultSettings };

const defaults = defaultSettings();

/** Minutes in a unit of a step. */
const unitMinutes = { m: 1, h: 60, d: 1440 } as const;
/** A step longer than a year is no short-term step; it also keeps due dates within a backup's range. */
const LONGEST_STEP_MINUTES = 365 * 1440;

/** A (re)learning step in ts-fsrs notation: a positive number of minutes, hours or days, up to a year. */
const Step = v.custom<StepUnit>((value) => {
	if (typeof value !== 'string' || !/^\d+(?:\.\d+)?[mhd]$/.test(value)) return false;
	const minutes = parseFloat(value) * unitMinutes[value.at(-1) as keyof typeof unitMinutes];
	return minutes > 0 && minutes <= LONGEST_STEP_MINUTES;
}, 'must look like 1m, 10m, 1h or 1d, and be at most 365d');
const Steps = v.pipe(v.array(Step), v.maxLength(10, 'at most 10 steps'));

export const StudySettings = v.strictObject({
	/** New cards introduced per study day. */
	dailyNewLimit: v.optional(
		v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500)),
		defaults.dailyNewLimit
	),
	/** Probability of recall FSRS aims for at the due date. */
	desiredRetention: v.optional(
		v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.97)),
		defaults.desiredRetention
	),
	/** Longest interval, in days. */
	maximumInterval: v.optional(
		v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(36500)),
		defaults.maximumInterval
	),
	/** Hour (0–23, learner's time zone) at which a new study day begins. */
	dayStartHour: v.optional(
		v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
		defaults.dayStartHour
	),
	/** Short-term steps a new card goes through before FSRS schedules it in days. */
	learningSteps: v.optional(Steps, () => defaultSettings().learningSteps),
	/** Short-term steps a forgotten card goes through before it returns to review. */
	relearningSteps: v.optional(Steps, () => defaultSettings().relearningSteps),
	/**
	 * The order "Study all" introduces new cards in (see new-order.ts). Optional with a default, so
	 * settings and backups written before it existed still read.
	 */
	newCardOrder: v.optional(NewCardOrder, defaults.newCardOrder)
});

export type StudySettings = v.InferOutput<typeof StudySettings>;
