/** A message as the inlang message format stores it: a pattern, or variants chosen by selectors. */
type StoredMessage =
	string | { declarations?: string[]; selectors?: string[]; match: Record<string, string> }[];

export type Catalogue = Record<string, unknown>;

/**
 * The inputs a message takes: the `{name}` placeholders of its patterns and its `input` declarations
 * (a plural's count is an input even where no variant prints it). Locals it declares are not inputs.
 *
 * @example
 * messageParams('{done} reviewed, {left} to go'); // ['done', 'left']
 */
export function messageParams(message: unknown): string[] {
	const params = new Set<string>();
	const locals = new Set<string>();
	const placeholders = (pattern: string) => {
		for (const match of pattern.matchAll(/\{([^}\s]+)\}/g)) params.add(match[1] ?? '');
	};
	if (typeof message === 'string') placeholders(message);
	else if (Array.isArray(message)) {
		for (const variant of message as Exclude<StoredMessage, string>) {
			for (const declaration of variant.declarations ?? []) {
				const [kind, name = ''] = declaration.split(/\s+/);
				if (kind === 'input') params.add(name);
				if (kind === 'local') locals.add(name);
			}
			Object.values(variant.match).forEach(placeholders);
		}
	}
	return [...params].filter((name) => !locals.has(name)).sort();
}

export function messageKeys(catalogue: Catalogue): string[] {
	return Object.keys(catalogue).filter((key) => key !== '$schema');
}

export interface CatalogueDifferences {
	/** In the base catalogue, not translated. */
	missing: string[];
	/** Translated, but no longer in the base catalogue. */
	extra: string[];
	/** In both, with different inputs. */
	params: { key: string; base: string[]; translation: string[] }[];
}

/** What a translation lacks or has wrong against the base catalogue (English). */
export function compareCatalogues(base: Catalogue, translation: Catalogue): CatalogueDifferences {
	const baseKeys = messageKeys(base);
	const translated = new Set(messageKeys(translation));
	const differences: CatalogueDifferences = {
		missing: baseKeys.filter((key) => !translated.has(key)),
		extra: [...translated].filter((key) => !(key in base)),
		params: []
	};
	for (const key of baseKeys) {
		if (!translated.has(key)) continue;
		const expected = messageParams(base[key]);
		const actual = messageParams(translation[key]);
		if (expected.join() !== actual.join()) {
			differences.params.push({ key, base: expected, translation: actual });
		}
	}
	return differences;
}
