/** Theme choice and what it resolves to; pure so it can be tested without a browser. */
export type ThemeChoice = 'system' | 'light' | 'dark';
export type ResolvedTheme = 'light' | 'dark';

/** Also read by the inline script in app.html, which applies the theme before the first paint. */
export const themeStorageKey = 'repaso-theme';

const choices: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/**
 * Reads a stored choice, falling back to 'system' for anything unknown.
 * @example parseThemeChoice('dark') === 'dark'; parseThemeChoice('pink') === 'system'
 */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
	return choices.find((choice) => choice === value) ?? 'system';
}

/**
 * @example resolveTheme('system', true) === 'dark'; resolveTheme('light', true) === 'light'
 */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): ResolvedTheme {
	if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
	return choice;
}
