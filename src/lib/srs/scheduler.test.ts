import fc from 'fast-check';
import {
	createEmptyCard,
	default_w,
	fsrs,
	Grades,
	Rating,
	State,
	type Card,
	type FSRSParameters,
	type Grade
} from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { cardRecord, fixtureNow } from './fixtures';
import { Scheduler, schedulerParameters, type SchedulerSettings } from './scheduler';
import { defaultSettings } from './settings';

const minuteMs = 60_000;
const dayMs = 86_400_000;

function settings(overrides: Partial<SchedulerSettings> = {}): SchedulerSettings {
	return { ...defaultSettings(), ...overrides };
}

/** ts-fsrs configured by hand, not through `schedulerParameters`, to check the wrapper against. */
function directFsrs(overrides: Partial<FSRSParameters> = {}) {
	return fsrs({
		request_retention: 0.9,
		maximum_interval: 36500,
		enable_fuzz: true,
		enable_short_term: true,
		learning_steps: ['1m', '10m'],
		relearning_steps: ['10m'],
		...overrides
	});
}

/** Grades and the minutes since the previous review, from a new card created at `fixtureNow`. */
const history: readonly [Grade, number][] = [
	[Rating.Good, 0],
	[Rating.Good, 11],
	[Rating.Good, 3 * 24 * 60 + 7],
	[Rating.Again, 9 * 24 * 60],
	[Rating.Good, 12],
	[Rating.Hard, 2 * 24 * 60 + 30],
	[Rating.Easy, 6 * 24 * 60],
	[Rating.Good, 40 * 24 * 60]
];

/** The card after each step of `history`, with the time of each review. */
function replay(scheduler: Scheduler, steps = history) {
	let card = createEmptyCard(fixtureNow);
	let now = fixtureNow;
	return steps.map(([grade, minutes]) => {
		now = new Date(now.getTime() + minutes * minuteMs);
		const before = card;
		const outcome = scheduler.review(card, grade, now);
		card = outcome.card;
		return { before, now, grade, ...outcome };
	});
}

describe('schedulerParameters', () => {
	it('uses FSRS-6 default weights, fuzz on and the settings’ retention, maximum and steps', () => {
		const parameters = schedulerParameters(
			settings({
				desiredRetention: 0.85,
				maximumInterval: 365,
				learningSteps: ['2m', '15m'],
				relearningSteps: ['5m']
			})
		);
		expect(parameters.w).toEqual(default_w);
		expect(parameters.w).toHaveLength(21);
		expect(parameters).toMatchObject({
			request_retention: 0.85,
			maximum_interval: 365,
			enable_fuzz: true,
			enable_short_term: true,
			learning_steps: ['2m', '15m'],
			relearning_steps: ['5m']
		});
	});
});

describe('Scheduler.preview', () => {
	it('labels a new card’s buttons with the learning steps and a first interval in days', () => {
		const preview = new Scheduler(settings()).preview(createEmptyCard(fixtureNow), fixtureNow);
		expect(preview[Rating.Again].interval).toEqual({ value: 1, unit: 'minute' });
		expect(preview[Rating.Hard].interval).toEqual({ value: 6, unit: 'minute' });
		expect(preview[Rating.Good].interval).toEqual({ value: 10, unit: 'minute' });
		expect(preview[Rating.Easy].interval.unit).toBe('day');
		expect(preview[Rating.Good].due).toEqual(new Date(fixtureNow.getTime() + 10 * minuteMs));
	});

	it('gives each grade the due date ts-fsrs gives it at the same time', () => {
		const scheduler = new Scheduler(settings());
		const direct = directFsrs();
		for (const { before, now } of replay(scheduler)) {
			const preview = scheduler.preview(before, now);
			const expected = direct.repeat(before, now);
			for (const grade of Grades) {
				expect(preview[grade].grade).toBe(grade);
				expect(preview[grade].due).toEqual(expected[grade].card.due);
				expect(preview[grade].due).toEqual(scheduler.review(before, grade, now).card.due);
			}
		}
	});

	it('follows the learning steps in the settings', () => {
		const preview = new Scheduler(settings({ learningSteps: ['5m'] })).preview(
			createEmptyCard(fixtureNow),
			fixtureNow
		);
		expect(preview[Rating.Again].interval).toEqual({ value: 5, unit: 'minute' });
		expect(preview[Rating.Hard].interval).toEqual({ value: 8, unit: 'minute' });
		expect(preview[Rating.Good].interval.unit).toBe('day');
	});

	it('labels long intervals in months or years', () => {
		const mature: Card = {
			...createEmptyCard(fixtureNow),
			state: State.Review,
			stability: 400,
			difficulty: 3,
			reps: 12,
			scheduled_days: 300,
			last_review: new Date(fixtureNow.getTime() - 300 * dayMs),
			due: fixtureNow
		};
		const preview = new Scheduler(settings()).preview(mature, fixtureNow);
		expect(preview[Rating.Again].interval).toEqual({ value: 10, unit: 'minute' });
		expect(preview[Rating.Easy].interval.unit).toBe('year');
	});
});

describe('Scheduler.review', () => {
	it('gives the same cards and logs as ts-fsrs called directly with the same parameters', () => {
		const direct = directFsrs();
		const steps = replay(new Scheduler(settings()));
		for (const { before, now, grade, card, log } of steps) {
			expect({ card, log }).toStrictEqual(direct.next(before, now, grade));
		}
		expect(steps.map((step) => step.card.state)).toEqual([
			State.Learning,
			State.Review,
			State.Review,
			State.Relearning,
			State.Review,
			State.Review,
			State.Review,
			State.Review
		]);
		expect(steps.at(-1)?.card.lapses).toBe(1);
	});

	it('applies fuzz, seeded from the card and time, so results are deterministic', () => {
		const scheduler = new Scheduler(settings());
		const unfuzzed = directFsrs({ enable_fuzz: false });
		const start = replay(scheduler).at(-1)!;
		const times = Array.from(
			{ length: 20 },
			(_, i) => new Date(start.card.due.getTime() + i * 3_600_000)
		);
		const fuzzed = times.map((now) => scheduler.review(start.card, Rating.Good, now).card.due);

		expect(
			times.map((now) => new Scheduler(settings()).review(start.card, Rating.Good, now).card.due)
		).toEqual(fuzzed);
		expect(fuzzed).toEqual(
			times.map((now) => directFsrs().next(start.card, now, Rating.Good).card.due)
		);
		const plain = times.map((now) => unfuzzed.next(start.card, now, Rating.Good).card.due);
		expect(fuzzed.some((due, i) => due.getTime() !== plain[i]!.getTime())).toBe(true);
	});

	it('gives shorter intervals for a higher desired retention', () => {
		const card = replay(new Scheduler(settings())).at(-1)!.card;
		const now = card.due;
		const interval = (desiredRetention: number) =>
			new Scheduler(settings({ desiredRetention })).review(card, Rating.Good, now).card
				.scheduled_days;
		expect(interval(0.97)).toBeLessThan(interval(0.9));
		expect(interval(0.9)).toBeLessThan(interval(0.7));
	});

	it('caps intervals at the maximum, keeping ts-fsrs’s one-day gap between Hard, Good and Easy', () => {
		const card = replay(new Scheduler(settings())).at(-1)!.card;
		const days = (maximumInterval: number) =>
			Grades.map(
				(grade) =>
					new Scheduler(settings({ maximumInterval })).review(card, grade, card.due).card
						.scheduled_days
			);
		expect(Math.min(...days(36500).slice(1))).toBeGreaterThan(30);
		// ts-fsrs orders the buttons after capping, so Good and Easy may pass the maximum by a day each.
		expect(days(5).slice(1)).toEqual([5, 6, 7]);
	});

	it('reports the due date the card had before the review', () => {
		const [first, second] = replay(new Scheduler(settings()));
		expect(first!.previousDue).toEqual(fixtureNow);
		expect(second!.previousDue).toEqual(first!.card.due);
	});
});

describe('Scheduler.undo', () => {
	const scheduler = new Scheduler(settings());

	it('restores a new card exactly, whatever the grade', () => {
		const fresh = createEmptyCard(fixtureNow);
		const later = new Date(fixtureNow.getTime() + 3 * dayMs);
		for (const grade of Grades) {
			const outcome = scheduler.review(fresh, grade, later);
			expect(scheduler.undo(outcome.card, outcome)).toStrictEqual(fresh);
		}
	});

	it('restores a card with earlier reviews exactly, even when it was reviewed late', () => {
		for (const step of replay(scheduler)) {
			expect(scheduler.undo(step.card, step)).toStrictEqual(step.before);
		}
	});

	it('needs previousDue: ts-fsrs rollback alone puts the review time in place of the due date', () => {
		const late = replay(scheduler)[3]!;
		expect(late.now.getTime()).not.toBe(late.before.due.getTime());
		const withoutDue = scheduler.undo(late.card, { log: late.log });
		expect(withoutDue.due).toEqual(late.now);
		expect({ ...withoutDue, due: late.before.due }).toStrictEqual(late.before);
	});

	it('walks back a whole history, latest review first, to the empty card', () => {
		const steps = replay(scheduler);
		let card = steps.at(-1)!.card;
		for (const step of [...steps].reverse()) card = scheduler.undo(card, step);
		expect(card).toStrictEqual(createEmptyCard(fixtureNow));
	});

	it('restores the card for any sequence of grades and times (property)', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						fc.constantFrom(...Grades),
						fc.integer({ min: 0, max: 400 * 24 * 60 }),
						fc.boolean()
					),
					{ minLength: 1, maxLength: 15 }
				),
				(steps) => {
					let card = createEmptyCard(fixtureNow);
					let now = fixtureNow;
					const done = [];
					for (const [grade, minutes, onTime] of steps) {
						// Half the reviews happen exactly when due, the rest after a random wait.
						now =
							onTime && card.due > now ? card.due : new Date(now.getTime() + minutes * minuteMs);
						const outcome = scheduler.review(card, grade, now);
						expect(scheduler.undo(outcome.card, outcome)).toStrictEqual(card);
						done.push(outcome);
						card = outcome.card;
					}
					for (const outcome of done.reverse()) card = scheduler.undo(card, outcome);
					expect(card).toStrictEqual(createEmptyCard(fixtureNow));
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('Scheduler.reviewRecord and undoRecord', () => {
	const scheduler = new Scheduler(settings());

	it('returns the record and review row to store, and undoes back to the stored record', () => {
		const stored = cardRecord({ itemId: 'cartels-3', setId: 'cartels' });
		const now = new Date(fixtureNow.getTime() + dayMs);
		const { record, review } = scheduler.reviewRecord(stored, Rating.Good, now);
		expect(record).toMatchObject({ itemId: 'cartels-3', setId: 'cartels', suspended: false });
		expect(record.card.state).toBe(State.Learning);
		expect(review).toStrictEqual({
			itemId: 'cartels-3',
			log: scheduler.review(stored.card, Rating.Good, now).log,
			previousDue: stored.card.due
		});
		expect(scheduler.undoRecord(record, review)).toStrictEqual(stored);
	});

	it('refuses to undo a card with another item’s review', () => {
		const { review } = scheduler.reviewRecord(
			cardRecord({ itemId: 'a-1' }),
			Rating.Good,
			fixtureNow
		);
		expect(() => scheduler.undoRecord(cardRecord({ itemId: 'a-2' }), review)).toThrow(
			'review of a-1 cannot undo card a-2'
		);
	});
});
