import { describe, expect, it } from 'vitest';
import { dueWhen } from './due-when';

// 22:30 in Madrid (UTC+2 in June).
const now = new Date('2025-06-10T20:30:00Z');
const zone = 'Europe/Madrid';
const at = (iso: string) => new Date(iso);

describe('dueWhen', () => {
	it('says minutes within the hour, never zero', () => {
		expect(dueWhen(at('2025-06-10T20:39:10Z'), now, zone)).toEqual({
			kind: 'minutes',
			minutes: 10
		});
		expect(dueWhen(now, now, zone)).toEqual({ kind: 'minutes', minutes: 1 });
	});

	it('names today, tomorrow or a later day by the learner’s calendar', () => {
		expect(dueWhen(at('2025-06-10T21:45:00Z'), now, zone).kind).toBe('today');
		// 00:30 on the 11th in Madrid, though still the 10th in UTC.
		expect(dueWhen(at('2025-06-10T22:30:00Z'), now, zone).kind).toBe('tomorrow');
		expect(dueWhen(at('2025-06-11T21:59:00Z'), now, zone).kind).toBe('tomorrow');
		expect(dueWhen(at('2025-06-11T22:00:00Z'), now, zone).kind).toBe('later');
	});
});
