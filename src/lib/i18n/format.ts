/** Numbers and times the interface shows, written by `Intl` in the language passed in. */

/**
 * A share (0–1) as a whole percentage, with the language's own spacing and sign.
 * @example percent(5 / 6, 'es') // '83 %'
 */
export function percent(share: number, locale: string): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
		share
	);
}

/** `part` of `whole` as a percentage; an empty whole reads 0. */
export function percentOf(part: number, whole: number, locale: string): string {
	return percent(whole === 0 ? 0 : part / whole, locale);
}

/**
 * Seconds on a clock face: minutes and seconds, hours only past an hour, as the language writes a
 * timer. `Intl.DurationFormat` is in every browser Repaso supports.
 * @example clock(307, 'es') // '5:07'
 */
export function clock(totalSeconds: number, locale: string): string {
	const hours = Math.floor(totalSeconds / 3600);
	const minutes = Math.floor(totalSeconds / 60) % 60;
	const seconds = totalSeconds % 60;
	// Numeric fields without a leading zero on the first one: "5:07", "1:05:07".
	return hours > 0
		? new Intl.DurationFormat(locale, {
				hours: 'numeric',
				minutes: '2-digit',
				seconds: '2-digit'
			}).format({ hours, minutes, seconds })
		: new Intl.DurationFormat(locale, { minutes: 'numeric', seconds: '2-digit' }).format({
				minutes,
				seconds
			});
}

/**
 * Hours and minutes of study, units left out when zero; no time at all is "0 min", not an empty
 * string (which is what the format gives when every unit is left out).
 * @example studyDuration({ hours: 1, minutes: 5 }, 'es') // '1 h y 5 min'
 */
export function studyDuration(time: { hours: number; minutes: number }, locale: string): string {
	const minutesDisplay = time.hours === 0 ? 'always' : 'auto';
	return new Intl.DurationFormat(locale, { style: 'short', minutesDisplay }).format(time);
}
