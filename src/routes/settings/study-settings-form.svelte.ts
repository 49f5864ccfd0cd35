import * as v from 'valibot';
import type { NewCardOrder } from '$lib/srs/new-order';
import { StudySettings } from '$lib/srs/settings';

/** The fields as the form shows them. */
export type FormField = 'dailyNewLimit' | 'retentionPercent' | 'maximumInterval' | 'dayStartHour';

export type SaveCheck =
	{ ok: true; settings: StudySettings } | { ok: false; field: FormField | null; problem: string };

/** Settings fields whose form field has another name or unit. */
const formFieldOf: Partial<Record<string, FormField>> = { desiredRetention: 'retentionPercent' };
const formFields: readonly string[] = [
	'dailyNewLimit',
	'retentionPercent',
	'maximumInterval',
	'dayStartHour'
] satisfies FormField[];

/**
 * The study-settings form: edits the fields as the learner sees them (retention in percent) and
 * turns them back into valid settings, or says which field is wrong.
 */
export class StudySettingsForm {
	#saved: StudySettings;
	dailyNewLimit = $state(0);
	retentionPercent = $state(0);
	maximumInterval = $state(0);
	dayStartHour = $state(0);
	newCardOrder = $state<NewCardOrder>('mixed');

	constructor(saved: StudySettings) {
		this.#saved = saved;
		this.dailyNewLimit = saved.dailyNewLimit;
		this.retentionPercent = Math.round(saved.desiredRetention * 100);
		this.maximumInterval = saved.maximumInterval;
		this.dayStartHour = saved.dayStartHour;
		this.newCardOrder = saved.newCardOrder;
	}

	/** The settings to store, or the first field that is out of range. */
	dataForSaving(): SaveCheck {
		const result = v.safeParse(StudySettings, {
			...this.#saved,
			dailyNewLimit: this.dailyNewLimit,
			desiredRetention: this.retentionPercent / 100,
			maximumInterval: this.maximumInterval,
			dayStartHour: this.dayStartHour,
			newCardOrder: this.newCardOrder
		});
		if (result.success) return { ok: true, settings: result.output };
		const issue = result.issues[0];
		const path = v.getDotPath(issue) ?? '';
		const field = formFieldOf[path] ?? path;
		return {
			ok: false,
			field: formFields.includes(field) ? (field as FormField) : null,
			problem: issue.message
		};
	}

	/** Marks what was stored as the new baseline. */
	saved(settings: StudySettings): void {
		this.#saved = settings;
	}
}
