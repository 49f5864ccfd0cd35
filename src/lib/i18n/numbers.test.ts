import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import en from './messages/en.json';
import { localizedNumber } from './numbers';

describe('localizedNumber', () => {
	it('prints as the language groups digits, and stays the number for plurals', () => {
		const english = localizedNumber(1234, 'en');
		const spanish = localizedNumber(1234, 'es');
		const large = localizedNumber(12345, 'es');
		expect(`${english}`).toBe('1,234');
		// Spanish groups only from five digits on.
		expect(`${spanish}`).toBe('1234');
		expect(`${large}`).toBe('12.345');
		expect(Number(large)).toBe(12345);
		expect(new Intl.PluralRules('es').select(Number(localizedNumber(1, 'es')))).toBe('one');
	});

	it('leaves what is not a finite number as it is', () => {
		expect(localizedNumber('1234', 'es')).toBe('1234');
		expect(localizedNumber(Number.NaN, 'es')).toBeNaN();
		expect(localizedNumber(undefined, 'es')).toBeUndefined();
	});
});

/** Every message with a number parameter, written in the active language. */
describe('messages with numbers', () => {
	beforeAll(() => {
		// The locale state sets <html lang>; a bare element is enough here.
		vi.stubGlobal('document', { documentElement: { lang: '' } });
	});
	afterEach(async () => {
		const { i18n } = await import('./locale.svelte');
		await i18n.choose('en');
	});

	it('groups digits in the active language and picks the plural from the number', async () => {
		const { i18n } = await import('./locale.svelte');
		const { m } = await import('$lib/paraglide/messages.js');
		expect(m.today_studied_today({ count: 1234 })).toBe('1,234 reviews today');
		expect(m.study_reviewed({ count: 12345 })).toBe('12,345 reviewed');
		await i18n.choose('es');
		expect(m.today_studied_today({ count: 1 })).toBe('1 repaso hoy');
		expect(m.today_studied_today({ count: 1234 })).toBe('1234 repasos hoy');
		expect(m.study_reviewed({ count: 12345 })).toBe('12.345 repasadas');
		expect(m.quiz_score({ correct: 1500, total: 20000, percent: '8 %' })).toMatch(
			/^1500 de 20\.000 /
		);
	});

	it('formats every numeric parameter of every message, none printed raw', async () => {
		const { i18n } = await import('./locale.svelte');
		const { m } = await import('$lib/paraglide/messages.js');
		await i18n.choose('es');
		const numeric =
			/^(count|total|correct|number|days|minutes|seconds|max|min|reviews|cards|limit|reviewed|recalled|score|left|done)$/;
		const raw: string[] = [];
		let checked = 0;
		for (const key of Object.keys(en).filter((k) => k !== '$schema')) {
			const source = JSON.stringify((en as Record<string, unknown>)[key]);
			const params = [
				...new Set(
					[...source.matchAll(/\{([a-zA-Z]+)\}|input ([a-zA-Z]+)/g)].map((p) => p[1] ?? p[2])
				)
			];
			const numbers = params.filter((p) => p && numeric.test(p));
			if (numbers.length === 0) continue;
			const inputs = Object.fromEntries(params.map((p) => [p, p && numeric.test(p) ? 12345 : 'x']));
			const text = (m as unknown as Record<string, (i: object) => string>)[key]!(inputs);
			checked++;
			if (text.includes('12345')) raw.push(`${key}: ${text}`);
		}
		expect(raw).toEqual([]);
		expect(checked).toBeGreaterThan(30);
	});
});
