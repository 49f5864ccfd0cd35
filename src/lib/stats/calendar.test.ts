import { describe, expect, it } from 'vitest';
import { calendarLevels, calendarOf, shiftDay } from './calendar';

describe('shiftDay', () => {
	it('moves across months and leap days', () => {
		expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
		expect(shiftDay('2025-12-31', 1)).toBe('2026-01-01');
		expect(shiftDay('2025-06-10', 0)).toBe('2025-06-10');
	});
});

describe('calendarOf', () => {
	it('dates the days backwards from today, oldest first', () => {
		const calendar = calendarOf([1, 0, 2], '2025-03-01');
		expect(calendar.days.map((day) => day.date)).toEqual([
			'2025-02-27',
			'2025-02-28',
			'2025-03-01'
		]);
		expect(calendar.days.map((day) => day.reviews)).toEqual([1, 0, 2]);
	});

	it('shades days by their share of the busiest day, leaving empty days unshaded', () => {
		const levels = calendarOf([0, 1, 10, 5, 3], '2025-06-10').days.map((day) => day.level);
		expect(levels).toEqual([0, 1, calendarLevels, 2, 2]);
		expect(calendarOf([0, 0], '2025-06-10').days.map((day) => day.level)).toEqual([0, 0]);
	});

	it('lays the days out in weeks from Monday, with gaps before the first day and after today', () => {
		// 2025-06-10 is a Tuesday; nine days back is Sunday 2025-06-01.
		const calendar = calendarOf(Array<number>(10).fill(1), '2025-06-10');
		const dates = calendar.weeks.map((week) => week.map((cell) => cell?.date ?? null));
		expect(dates).toEqual([
			[null, null, null, null, null, null, '2025-06-01'],
			[
				'2025-06-02',
				'2025-06-03',
				'2025-06-04',
				'2025-06-05',
				'2025-06-06',
				'2025-06-07',
				'2025-06-08'
			],
			['2025-06-09', '2025-06-10', null, null, null, null, null]
		]);
	});

	it('sums the reviews and the days studied', () => {
		const calendar = calendarOf([0, 4, 0, 6], '2025-06-10');
		expect(calendar).toMatchObject({ total: 10, daysStudied: 2, busiest: 6 });
	});
});
