/**
 * The language the question bank is written in, whatever the interface language: its text is
 * marked with it (`lang`) so screen readers pronounce it right inside a Spanish page.
 */
export const contentLanguage = 'en';
