/**
 * A number as a message input: it prints as `Intl.NumberFormat` writes it in `locale` (a template
 * literal asks for its string), yet counts as the number itself wherever Paraglide's plural
 * selector converts it with `Number()`. Anything that is not a finite number passes through as it is.
 *
 * @example `${localizedNumber(12345, 'es')}` === '12.345' && Number(localizedNumber(12345, 'es')) === 12345
 */
export function localizedNumber(value: unknown, locale: string): unknown {
	if (typeof value !== 'number' || !Number.isFinite(value)) return value;
	const text = new Intl.NumberFormat(locale).format(value);
	return { valueOf: () => value, toString: () => text };
}

/** A message's inputs with every number in them made a {@link localizedNumber}. */
export function localizedInputs(
	inputs: Record<string, unknown> | undefined,
	locale: string
): Record<string, unknown> | undefined {
	if (!inputs) return inputs;
	const out: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(inputs)) out[name] = localizedNumber(value, locale);
	return out;
}
