import type { ManifestOptions } from 'vite-plugin-pwa';

/** What the manifest says, in each interface language (see webManifest for why both at once). */
export const bilingual = {
	description: {
		en: 'Flashcards with spaced repetition and practice quizzes, fully offline.',
		es: 'Tarjetas con repaso espaciado y cuestionarios de práctica, sin conexión.'
	},
	study: { en: 'Study', es: 'Estudiar' },
	studyDescription: { en: 'Review the cards due today', es: 'Repasa las tarjetas de hoy' },
	quiz: { en: 'Quiz', es: 'Cuestionario' },
	quizDescription: {
		en: 'Pick a set and take a practice quiz',
		es: 'Elige un conjunto y haz un cuestionario de práctica'
	}
} as const;

const both = (text: { en: string; es: string }) => `${text.en} / ${text.es}`;

/** Light-theme colours; the dark ones live in the theme-color meta tags of app.html. */
export const brand = { ink: '#1d3a5f', paper: '#f7f4ec' } as const;

/**
 * One manifest for both interface languages, with a neutral name. Browsers read the manifest once,
 * at install, and do not pick one by the device's language (a `<link rel="manifest">` swapped at
 * run time is ignored once the app is installed), so per-language manifests would name the app in
 * whichever language the page happened to show that day. "Repaso" is the same word in English and
 * Spanish; the description and the shortcuts say each thing in both languages, English first (the
 * manifest's `lang`), Spanish after a slash. Inside the app, the install button and iOS hint follow
 * the active language like every other message.
 */
export const webManifest: Partial<ManifestOptions> = {
	id: '/',
	name: 'Repaso',
	short_name: 'Repaso',
	description: both(bilingual.description),
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
			name: both(bilingual.study),
			short_name: both(bilingual.study),
			description: both(bilingual.studyDescription),
			url: '/study',
			icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }]
		},
		{
			name: both(bilingual.quiz),
			short_name: both(bilingual.quiz),
			description: both(bilingual.quizDescription),
			url: '/quiz',
			icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }]
		}
	],
	screenshots: [
		{
			src: '/screenshots/today-narrow-light.png',
			sizes: '360x640',
			type: 'image/png',
			form_factor: 'narrow',
			label: 'Today / Hoy'
		},
		{
			src: '/screenshots/today-wide-light.png',
			sizes: '1280x800',
			type: 'image/png',
			form_factor: 'wide',
			label: 'Today on a laptop / Hoy en una computadora'
		}
	]
};
