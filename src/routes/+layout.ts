import { browser } from '$app/environment';
import { i18n } from '$lib/i18n/locale.svelte';
import { storageReady } from '$lib/app/storage-ready';
import type { LayoutLoad } from './$types';

// Every page is prerendered, and drawn at build time where it can be (the screen as it looks
// before the learner's data arrives), so the first paint needs no JavaScript. Learner data lives
// in IndexedDB, read in the browser.
export const prerender = true;
export const ssr = true;

export const load: LayoutLoad = async ({ route }) => {
	// The interface language, and the first screen's text in it, before anything renders. The
	// database is opened after, so that its first visit's work does not delay the first paint.
	if (browser) await i18n.start();
	// Not awaited: the shell and Today are drawn at once. Pages that read the learner's cards await
	// it (a first visit writes every card first; the route says whether it reads them, so this
	// runs again when it changes); the layout shows its problem when it has one. At build time
	// there is no database: the page is drawn as it looks while it waits for one.
	return {
		storageReady: browser ? storageReady(new Date(), route.id) : new Promise<never>(() => {})
	};
};
