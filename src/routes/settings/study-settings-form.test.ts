import { describe, expect, it } from 'vitest';
import { defaultSettings } from '$lib/srs/settings';
import { StudySettingsForm } from './study-settings-form.svelte';

describe('StudySettingsForm', () => {
	it('shows retention in percent and saves it as a fraction', () => {
		const form = new StudySettingsForm(defaultSettings());
		expect(form.retentionPercent).toBe(90);
		form.retentionPercent = 85;
		form.dailyNewLimit = 12;
		const check = form.dataForSaving();
		expect(check).toMatchObject({
			ok: true,
			settings: { desiredRetention: 0.85, dailyNewLimit: 12 }
		});
	});

	it('saves the new-card order chosen', () => {
		const form = new StudySettingsForm(defaultSettings());
		expect(form.newCardOrder).toBe('mixed');
		form.newCardOrder = 'bySet';
		expect(form.dataForSaving()).toMatchObject({ ok: true, settings: { newCardOrder: 'bySet' } });
	});

	it('keeps settings it does not edit', () => {
		const form = new StudySettingsForm({ ...defaultSettings(), learningSteps: ['5m'] });
		const check = form.dataForSaving();
		expect(check.ok && check.settings.learningSteps).toEqual(['5m']);
	});

	it('names the field that is out of range', () => {
		const form = new StudySettingsForm(defaultSettings());
		form.retentionPercent = 99;
		expect(form.dataForSaving()).toMatchObject({ ok: false, field: 'retentionPercent' });
		form.retentionPercent = 90;
		form.dayStartHour = 24;
		expect(form.dataForSaving()).toMatchObject({ ok: false, field: 'dayStartHour' });
	});
});
