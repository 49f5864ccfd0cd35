import { describe, expect, it } from 'vitest';
import { LocaleState } from './locale.svelte';
import type { Locale } from './locales';

/** A device whose storage and document are plain variables, and whose loading can fail. */
function device(options: {
	stored?: string;
	preferred?: string[];
	loads?: (l: Locale) => boolean;
	/** Storage refuses to remember a choice, as private windows may. */
	refusesWrites?: boolean;
}) {
	const seen = { stored: options.stored ?? null, lang: '', loaded: [] as Locale[] };
	const state = new LocaleState({
		read: () => seen.stored,
		write: (locale) => {
			if (!options.refusesWrites) seen.stored = locale;
		},
		preferred: () => options.preferred ?? [],
		load: async (locale) => {
			if (options.loads && !options.loads(locale)) throw new Error(`no ${locale} text`);
			seen.loaded.push(locale);
		},
		apply: (locale) => (seen.lang = locale)
	});
	return { state, seen };
}

describe('LocaleState', () => {
	it("starts in the browser's language, loaded before it is shown", async () => {
		const { state, seen } = device({ preferred: ['es-MX', 'en'] });
		await state.start();
		expect(state.locale).toBe('es');
		expect(seen).toEqual({ stored: null, lang: 'es', loaded: ['es'] });
	});

	it('keeps a choice on the device once its language is loaded', async () => {
		const { state, seen } = device({ stored: 'en', preferred: ['es-MX'] });
		await state.start();
		await state.choose('es');
		expect(state.locale).toBe('es');
		expect(seen).toEqual({ stored: 'es', lang: 'es', loaded: ['en', 'es'] });
	});

	it('changes nothing when a chosen language cannot be loaded', async () => {
		const { state, seen } = device({ stored: 'en', loads: (locale) => locale === 'en' });
		await state.start();
		await expect(state.choose('es')).rejects.toThrow('no es text');
		expect(state.locale).toBe('en');
		expect(seen).toEqual({ stored: 'en', lang: 'en', loaded: ['en'] });
	});

	it('starts once per page load: starting again keeps a choice storage could not remember', async () => {
		const { state, seen } = device({ preferred: ['en'], refusesWrites: true });
		await state.start();
		await state.choose('es');
		await state.start();
		expect(state.locale).toBe('es');
		expect(seen).toEqual({ stored: null, lang: 'es', loaded: ['en', 'es'] });
	});

	it('starts again after a start that failed', async () => {
		let textReady = false;
		const { state } = device({ preferred: ['es'], loads: () => textReady });
		await expect(state.start()).rejects.toThrow('no es text');
		textReady = true;
		await state.start();
		expect(state.locale).toBe('es');
	});
});
