import { describe, expect, it } from 'vitest';
import { defaultSettings } from '$lib/srs/settings';
import { getSettings, readSettings, saveSettings } from './settings';
import { openTestDb } from './test-fixtures';

describe('settings', () => {
	it('are the defaults when none were saved', async () => {
		const { db } = await openTestDb();
		expect(await getSettings(db)).toEqual(defaultSettings());
	});

	it('come back as saved', async () => {
		const { db } = await openTestDb();
		const settings = { ...defaultSettings(), dailyNewLimit: 5, dayStartHour: 6 };
		await saveSettings(db, settings);
		expect(await getSettings(db)).toEqual(settings);
	});

	it('are not saved when invalid', async () => {
		const { db } = await openTestDb();
		await expect(saveSettings(db, { ...defaultSettings(), dailyNewLimit: -3 })).rejects.toThrow();
		expect(await db.get('settings', 'study')).toBeUndefined();
	});

	it('fall back field by field when a stored value is invalid', async () => {
		const { db } = await openTestDb();
		await db.put(
			'settings',
			{ dailyNewLimit: -5, dayStartHour: 6, retired: true } as never,
			'study'
		);
		expect(await getSettings(db)).toEqual({ ...defaultSettings(), dayStartHour: 6 });
	});

	it('fall back entirely when the stored record is not an object', () => {
		expect(readSettings('garbage')).toEqual(defaultSettings());
		expect(readSettings(null)).toEqual(defaultSettings());
	});
});
