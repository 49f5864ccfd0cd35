/** The learner's study settings: one record, read through the StudySettings schema. */
import * as v from 'valibot';
import { StudySettings, defaultSettings } from '$lib/srs/settings';
import { SETTINGS_KEY, type RepasoDb } from './schema';
import { transact } from './transaction';

/**
 * The stored settings, or the defaults when none were saved. A stored value that no longer passes
 * the schema (an older app's field, a bad write) falls back to its default alone, so one bad
 * setting never costs the learner the others.
 *
 * @example const { dailyNewLimit } = await getSettings(db);
 */
export async function getSettings(db: RepasoDb): Promise<StudySettings> {
	const stored: unknown = await transact(db, ['settings'], 'readonly', (tx) =>
		tx.store.get(SETTINGS_KEY)
	);
	return readSettings(stored);
}

/** @example readSettings({ dailyNewLimit: -1, dayStartHour: 6 }) // dailyNewLimit 20, dayStartHour 6 */
export function readSettings(stored: unknown): StudySettings {
	const whole = v.safeParse(StudySettings, stored);
	if (whole.success) return whole.output;
	if (typeof stored !== 'object' || stored === null) return defaultSettings();
	const fields: Record<string, unknown> = {};
	for (const [key, schema] of Object.entries(StudySettings.entries)) {
		const field = v.safeParse(schema, (stored as Record<string, unknown>)[key]);
		if (field.success) fields[key] = field.output;
	}
	return v.parse(StudySettings, fields);
}

/**
 * Stores the settings after checking them against the schema (an invalid value rejects with a ValiError
 * and nothing is written).
 *
 * @example await saveSettings(db, { ...settings, dailyNewLimit: 10 });
 */
export async function saveSettings(db: RepasoDb, settings: StudySettings): Promise<void> {
	const valid = v.parse(StudySettings, settings);
	await transact(db, ['settings'], 'readwrite', async (tx) => {
		await tx.store.put(valid, SETTINGS_KEY);
	});
}
