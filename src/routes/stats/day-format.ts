/** Study days are ISO dates (`2026-12-04`); both stats views name them the same way. */

/** The day a study-day key stands for, at midnight UTC so no time zone moves it. */
export function dayOf(date: string): Date {
	return new Date(`${date}T00:00:00Z`);
}

/** "Fri, 4 Dec" in the given locale, read in UTC to match `dayOf`. */
export function weekdayDateFormat(locale: string): Intl.DateTimeFormat {
	return new Intl.DateTimeFormat(locale, {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		timeZone: 'UTC'
	});
}
