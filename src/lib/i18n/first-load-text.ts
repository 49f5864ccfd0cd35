/**
 * The first screen's text in the active language. The build moves the text of the messages that
 * the first load shows out of their modules, one module per language (scripts/first-load-text.ts),
 * so a learner downloads it in one language only, and those messages read it from here.
 */
import { loaders } from 'virtual:repaso-first-load-text';
import { getLocale } from '$lib/paraglide/runtime.js';
import { isLocale, type Locale } from './locales';
import { localizedInputs } from './numbers';

type Inputs = Record<string, unknown> | undefined;
type MessageText = (inputs: Inputs) => string;

const loaded = new Map<Locale, Record<string, MessageText>>();

/** Loads a language's first-load text once; resolves when its messages can be shown. */
export async function loadFirstLoadText(locale: Locale): Promise<void> {
	if (loaded.has(locale)) return;
	loaded.set(locale, (await loaders[locale]()).default);
}

/**
 * A first-load message, called as Paraglide's messages are: in the active language, or in the one
 * its options name, with its numbers written as that language writes them.
 */
export function firstLoadMessage(key: string) {
	return (inputs?: Inputs, options: { locale?: string } = {}): string => {
		const locale = options.locale ?? getLocale();
		const text = isLocale(locale) ? loaded.get(locale)?.[key] : undefined;
		// A message shown before its language was loaded is a bug in the app's start-up order.
		if (!text) throw new Error(`The ${locale} text of ${key} is not loaded`);
		return text(localizedInputs(inputs, locale));
	};
}
