import { describe, expect, it } from 'vitest';
import { parseThemeChoice, resolveTheme } from './theme';

describe('parseThemeChoice', () => {
	it('keeps known choices', () => {
		expect(parseThemeChoice('light')).toBe('light');
		expect(parseThemeChoice('dark')).toBe('dark');
		expect(parseThemeChoice('system')).toBe('system');
	});

	it('falls back to system for missing or unknown values', () => {
		expect(parseThemeChoice(null)).toBe('system');
		expect(parseThemeChoice('sepia')).toBe('system');
	});
});

describe('resolveTheme', () => {
	it('follows the system only when the choice is system', () => {
		expect(resolveTheme('system', true)).toBe('dark');
		expect(resolveTheme('system', false)).toBe('light');
		expect(resolveTheme('light', true)).toBe('light');
		expect(resolveTheme('dark', false)).toBe('dark');
	});
});
