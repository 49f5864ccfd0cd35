import type { ManifestOptions } from 'vite-plugin-pwa';

/** Light-theme colours; the dark ones live in the theme-color meta tags of app.html. */
export const brand = { ink: '#1d3a5f', paper: '#f7f4ec' } as const;

export const webManifest: Partial<ManifestOptions> = {
	id: '/',
	name: 'Repaso — quizzes and flashcards',
	short_name: 'Repaso',
	description:
		'Study with spaced repetition, take practice quizzes and run classroom quizzes, fully offline.',
	lang: 'en',
	dir: 'ltr',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	orientation: 'any',
	theme_color: brand.ink,
	background_color: brand.paper,
	categories: ['education'],
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	],
	shortcuts: [
		{
			name: 'Study now',
			short_name: 'Study',
			description: 'Review the cards that are due today',
			url: '/study',
			icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }]
		},
		{
			name: 'Practice quiz',
			short_name: 'Quiz',
			description: 'Pick a set and take a practice quiz',
			url: '/quiz',
			icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }]
		}
	],
	screenshots: [
		{
			src: '/screenshots/today-narrow.png',
			sizes: '720x1280',
			type: 'image/png',
			form_factor: 'narrow',
			label: 'Today: cards due and sets in progress'
		},
		{
			src: '/screenshots/today-wide.png',
			sizes: '1280x800',
			type: 'image/png',
			form_factor: 'wide',
			label: 'Today on a laptop'
		}
	]
};
