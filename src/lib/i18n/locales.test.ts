import { describe, expect, it } from 'vitest';
import { pickLocale } from './locales';

describe('pickLocale', () => {
	it('follows the first browser language Repaso speaks', () => {
		expect(pickLocale(null, ['es-MX', 'en-US'])).toBe('es');
		expect(pickLocale(null, ['fr-FR', 'es-419', 'en'])).toBe('es');
		expect(pickLocale(null, ['en-GB', 'es'])).toBe('en');
		expect(pickLocale(null, ['ES'])).toBe('es');
	});

	it('falls back to English when no browser language is supported', () => {
		expect(pickLocale(null, ['fr-FR', 'de'])).toBe('en');
		expect(pickLocale(null, [])).toBe('en');
	});

	it('keeps the choice made on this device over the browser', () => {
		expect(pickLocale('en', ['es-MX'])).toBe('en');
		expect(pickLocale('es', ['en-US'])).toBe('es');
	});

	it('ignores a stored value that is not a supported language', () => {
		expect(pickLocale('fr', ['es-AR'])).toBe('es');
	});
});
