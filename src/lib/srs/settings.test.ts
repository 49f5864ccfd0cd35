import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defaultSettings, StudySettings } from './settings';

describe('StudySettings', () => {
	it('fills every missing setting with its default, as defaultSettings gives them without valibot', () => {
		expect(v.parse(StudySettings, {})).toEqual(defaultSettings());
		expect(defaultSettings()).toMatchObject({ dailyNewLimit: 20, desiredRetention: 0.9 });
	});

	it('defaults the learning steps to 1m, 10m and the relearning steps to 10m', () => {
		expect(defaultSettings()).toMatchObject({
			learningSteps: ['1m', '10m'],
			relearningSteps: ['10m']
		});
	});

	it('fills the steps into settings saved before they existed', () => {
		const saved = {
			dailyNewLimit: 10,
			desiredRetention: 0.85,
			maximumInterval: 365,
			dayStartHour: 3
		};
		expect(v.parse(StudySettings, saved)).toEqual({
			...saved,
			learningSteps: ['1m', '10m'],
			relearningSteps: ['10m'],
			newCardOrder: 'mixed'
		});
	});

	it('takes either new-card order and refuses any other', () => {
		expect(v.parse(StudySettings, { newCardOrder: 'bySet' }).newCardOrder).toBe('bySet');
		expect(v.safeParse(StudySettings, { newCardOrder: 'random' }).success).toBe(false);
	});

	it('gives every parse its own step arrays', () => {
		const first = defaultSettings();
		first.learningSteps.push('1d');
		expect(defaultSettings().learningSteps).toEqual(['1m', '10m']);
	});

	it('accepts steps in minutes, hours or days', () => {
		expect(
			v.parse(StudySettings, { learningSteps: ['30m', '1.5h', '1d'], relearningSteps: [] })
		).toMatchObject({
			learningSteps: ['30m', '1.5h', '1d'],
			relearningSteps: []
		});
	});

	it.each([['10'], ['0m'], ['5s'], ['-1m'], ['1 m'], ['366d'], ['9000h']])(
		'rejects the step %j',
		(step) => {
			const result = v.safeParse(StudySettings, { learningSteps: [step] });
			expect(result.success).toBe(false);
			expect(result.issues?.[0]?.message).toBe(
				'must look like 1m, 10m, 1h or 1d, and be at most 365d'
			);
		}
	);
});
