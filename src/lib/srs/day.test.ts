import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studyDayBounds, studyDayOf, studyDays, type StudyDayBounds } from './day';

const hourMs = 3_600_000;

function at(iso: string): Date {
	return new Date(iso);
}

function bounds(now: string, hour: number, timeZone: string) {
	const { start, end } = studyDayBounds(at(now), hour, timeZone);
	return { start: start.toISOString(), end: end.toISOString(), hours: (+end - +start) / hourMs };
}

describe('studyDayOf', () => {
	it('counts the hours before the start hour as the previous day (Madrid, summer)', () => {
		expect(studyDayOf(at('2025-06-10T01:59:59Z'), 4, 'Europe/Madrid')).toBe('2025-06-09'); // 03:59 local
		expect(studyDayOf(at('2025-06-10T02:00:00Z'), 4, 'Europe/Madrid')).toBe('2025-06-10'); // 04:00 local
	});

	it('follows the calendar date when the day starts at midnight', () => {
		expect(studyDayOf(at('2025-06-09T21:59:59Z'), 0, 'Europe/Madrid')).toBe('2025-06-09');
		expect(studyDayOf(at('2025-06-09T22:00:00Z'), 0, 'Europe/Madrid')).toBe('2025-06-10');
	});

	it('uses the learner’s zone, not UTC (Auckland is UTC+13 in January)', () => {
		// 23:00 on the 15th in Auckland, 10:00 on the 15th in UTC.
		expect(studyDayOf(at('2025-01-15T10:00:00Z'), 4, 'Pacific/Auckland')).toBe('2025-01-15');
		// 03:30 on the 16th in Auckland: still the 15th's study day.
		expect(studyDayOf(at('2025-01-15T14:30:00Z'), 4, 'Pacific/Auckland')).toBe('2025-01-15');
		expect(studyDayOf(at('2025-01-15T15:00:00Z'), 4, 'Pacific/Auckland')).toBe('2025-01-16');
		// 11:00 UTC on the 15th is midnight starting the 16th in Auckland.
		expect(studyDayOf(at('2025-01-15T11:00:00Z'), 0, 'Pacific/Auckland')).toBe('2025-01-16');
	});

	it('works west of UTC (Mexico City, UTC-6 all year since 2022)', () => {
		expect(studyDayOf(at('2025-04-06T09:59:00Z'), 4, 'America/Mexico_City')).toBe('2025-04-05');
		expect(studyDayOf(at('2025-04-06T10:00:00Z'), 4, 'America/Mexico_City')).toBe('2025-04-06');
		expect(studyDayOf(at('2025-04-07T05:59:00Z'), 0, 'America/Mexico_City')).toBe('2025-04-06');
	});

	it('crosses a year boundary', () => {
		expect(studyDayOf(at('2025-01-01T02:00:00Z'), 4, 'Europe/Madrid')).toBe('2024-12-31');
	});
});

describe('studyDayBounds', () => {
	it('spans 24 hours from the start hour on an ordinary day', () => {
		expect(bounds('2025-06-10T12:00:00Z', 4, 'Europe/Madrid')).toEqual({
			start: '2025-06-10T02:00:00.000Z',
			end: '2025-06-11T02:00:00.000Z',
			hours: 24
		});
		expect(bounds('2025-06-10T12:00:00Z', 0, 'Europe/Madrid')).toEqual({
			start: '2025-06-09T22:00:00.000Z',
			end: '2025-06-10T22:00:00.000Z',
			hours: 24
		});
	});

	it('is 23 hours long when Madrid springs forward, and the previous day ends on the new time', () => {
		// 30 March 2025: 02:00 CET becomes 03:00 CEST (01:00 UTC). 03:30 CEST is before the 04:00 start.
		expect(bounds('2025-03-30T01:30:00Z', 4, 'Europe/Madrid')).toEqual({
			start: '2025-03-29T03:00:00.000Z',
			end: '2025-03-30T02:00:00.000Z',
			hours: 23
		});
	});

	it('is 25 hours long when Madrid falls back', () => {
		// 26 October 2025: 03:00 CEST becomes 02:00 CET (01:00 UTC).
		expect(bounds('2025-10-25T12:00:00Z', 4, 'Europe/Madrid')).toEqual({
			start: '2025-10-25T02:00:00.000Z',
			end: '2025-10-26T03:00:00.000Z',
			hours: 25
		});
	});

	it('starts at the jump when the start hour does not exist, and at its first occurrence when it repeats', () => {
		// 02:00 never happens on 30 March in Madrid: the day starts when the clock jumps to 03:00.
		expect(bounds('2025-03-30T12:00:00Z', 2, 'Europe/Madrid').start).toBe(
			'2025-03-30T01:00:00.000Z'
		);
		expect(studyDayOf(at('2025-03-30T00:59:59Z'), 2, 'Europe/Madrid')).toBe('2025-03-29');
		expect(studyDayOf(at('2025-03-30T01:00:00Z'), 2, 'Europe/Madrid')).toBe('2025-03-30');
		// 02:00 happens twice on 26 October: the first one (CEST) starts the day; the second is inside it.
		expect(bounds('2025-10-26T12:00:00Z', 2, 'Europe/Madrid').start).toBe(
			'2025-10-26T00:00:00.000Z'
		);
		expect(studyDayOf(at('2025-10-26T01:30:00Z'), 2, 'Europe/Madrid')).toBe('2025-10-26');
	});

	it('handles Mexico City’s last DST change (2022) and its fixed offset since', () => {
		// 3 April 2022: 02:00 CST became 03:00 CDT.
		expect(bounds('2022-04-02T12:00:00Z', 4, 'America/Mexico_City')).toEqual({
			start: '2022-04-02T10:00:00.000Z',
			end: '2022-04-03T09:00:00.000Z',
			hours: 23
		});
		// 30 October 2022: 02:00 CDT became 01:00 CST.
		expect(bounds('2022-10-30T12:00:00Z', 0, 'America/Mexico_City')).toEqual({
			start: '2022-10-30T05:00:00.000Z',
			end: '2022-10-31T06:00:00.000Z',
			hours: 25
		});
		// No DST in 2025: the first Sunday of April is an ordinary day.
		expect(bounds('2025-04-06T12:00:00Z', 4, 'America/Mexico_City')).toEqual({
			start: '2025-04-06T10:00:00.000Z',
			end: '2025-04-07T10:00:00.000Z',
			hours: 24
		});
	});

	it('handles Auckland (UTC+13) and its southern-hemisphere DST changes', () => {
		expect(bounds('2025-01-15T10:00:00Z', 4, 'Pacific/Auckland')).toEqual({
			start: '2025-01-14T15:00:00.000Z',
			end: '2025-01-15T15:00:00.000Z',
			hours: 24
		});
		// 6 April 2025: 03:00 NZDT became 02:00 NZST, so the 5 April study day is 25 hours long.
		expect(bounds('2025-04-05T12:00:00Z', 4, 'Pacific/Auckland')).toEqual({
			start: '2025-04-04T15:00:00.000Z',
			end: '2025-04-05T16:00:00.000Z',
			hours: 25
		});
		// 28 September 2025: 02:00 NZST became 03:00 NZDT. 12:00 UTC is midnight starting the 28th.
		expect(bounds('2025-09-27T12:00:00Z', 0, 'Pacific/Auckland')).toEqual({
			start: '2025-09-27T12:00:00.000Z',
			end: '2025-09-28T11:00:00.000Z',
			hours: 23
		});
	});

	it('starts at the jump itself when the clock skips past the start hour mid-hour (Chatham)', () => {
		// 28 September 2025: 02:45 (UTC+12:45) became 03:45 (UTC+13:45), at 14:00 UTC on the 27th.
		expect(bounds('2025-09-27T20:00:00Z', 3, 'Pacific/Chatham').start).toBe(
			'2025-09-27T14:00:00.000Z'
		);
		expect(studyDayOf(at('2025-09-27T13:59:59Z'), 3, 'Pacific/Chatham')).toBe('2025-09-27');
		expect(studyDayOf(at('2025-09-27T14:00:00Z'), 3, 'Pacific/Chatham')).toBe('2025-09-28');
	});

	it('does not step back into a day that has begun when the clock falls back across the start hour', () => {
		// 28 October 1990 in Goose Bay: 00:01 ADT (03:01 UTC) became 23:01 AST on the 27th.
		expect(studyDayOf(at('1990-10-28T03:00:30Z'), 0, 'America/Goose_Bay')).toBe('1990-10-28');
		expect(studyDayOf(at('1990-10-28T03:30:00Z'), 0, 'America/Goose_Bay')).toBe('1990-10-28');
		expect(bounds('1990-10-28T03:30:00Z', 0, 'America/Goose_Bay')).toEqual({
			start: '1990-10-28T03:00:00.000Z',
			end: '1990-10-29T04:00:00.000Z',
			hours: 25
		});
	});

	it('keeps days contiguous when Samoa skipped a whole calendar day', () => {
		// 29 December 2011 23:59:59 (UTC-10) was followed by 31 December 00:00 (UTC+14), at 10:00 UTC.
		// The 30th's study day is what is left of it: 00:00 to 04:00 on the 31st.
		expect(bounds('2011-12-30T09:00:00Z', 4, 'Pacific/Apia').end).toBe('2011-12-30T10:00:00.000Z');
		expect(bounds('2011-12-30T11:00:00Z', 4, 'Pacific/Apia')).toEqual({
			start: '2011-12-30T10:00:00.000Z',
			end: '2011-12-30T14:00:00.000Z',
			hours: 4
		});
		expect(studyDayOf(at('2011-12-30T09:00:00Z'), 4, 'Pacific/Apia')).toBe('2011-12-29');
		expect(studyDayOf(at('2011-12-30T11:00:00Z'), 4, 'Pacific/Apia')).toBe('2011-12-30');
		expect(studyDayOf(at('2011-12-30T15:00:00Z'), 4, 'Pacific/Apia')).toBe('2011-12-31');
	});
});

describe('studyDayOf and studyDayBounds together', () => {
	const zones = [
		'UTC',
		'Europe/Madrid',
		'America/Mexico_City',
		'Pacific/Auckland',
		'America/Santiago',
		'Australia/Lord_Howe',
		'Asia/Kolkata',
		'Pacific/Chatham'
	];

	it('agree: the bounds contain now, start and end-1ms share its day, end begins the next', () => {
		fc.assert(
			fc.property(
				fc.date({
					min: new Date('2015-01-01T00:00:00Z'),
					max: new Date('2035-12-31T00:00:00Z'),
					noInvalidDate: true
				}),
				fc.integer({ min: 0, max: 23 }),
				fc.constantFrom(...zones),
				(now, hour, zone) => {
					const { start, end } = studyDayBounds(now, hour, zone);
					const day = studyDayOf(now, hour, zone);
					expect(+start).toBeLessThanOrEqual(+now);
					expect(+now).toBeLessThan(+end);
					expect(studyDayOf(start, hour, zone)).toBe(day);
					expect(studyDayOf(new Date(+end - 1), hour, zone)).toBe(day);
					expect(studyDayOf(end, hour, zone) > day).toBe(true);
					expect(studyDayBounds(end, hour, zone).start).toEqual(end);
					const hours = (+end - +start) / hourMs;
					expect(hours).toBeGreaterThanOrEqual(23);
					expect(hours).toBeLessThanOrEqual(25);
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('studyDays', () => {
	it('gives, day after day, the bounds studyDayBounds gives, across clock changes', () => {
		const zones = [
			'Europe/Madrid',
			'America/Mexico_City',
			'America/Goose_Bay',
			'Australia/Lord_Howe',
			'Pacific/Chatham',
			'Pacific/Apia',
			'America/Santiago'
		];
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(2009, 0, 1), max: Date.UTC(2026, 0, 1) }),
				fc.constantFrom(...zones),
				fc.integer({ min: 0, max: 23 }),
				fc.integer({ min: -40, max: 5 }),
				(time, zone, hour, offset) => {
					const days = studyDays(new Date(time), hour, zone, offset, 40);
					const first = days[0] as StudyDayBounds;
					const expected = [first];
					while (expected.length < days.length) {
						const last = expected.at(-1) as StudyDayBounds;
						expected.push(studyDayBounds(last.end, hour, zone));
					}
					expect(days).toEqual(expected);
					const today = studyDayBounds(new Date(time), hour, zone);
					expect(days[-offset]?.start ?? today.start).toEqual(today.start);
				}
			),
			{ numRuns: 60 }
		);
	});
});
