import { Workbox } from 'workbox-window';

/** How often an open app asks the server for a new version (also on every return to the tab). */
const updateCheckInterval = 60 * 60 * 1000;

/**
 * Registers the service worker and tracks updates. A new version installs in the background and
 * waits; the app only switches when the learner presses Reload, so no answer is ever interrupted.
 */
export class ServiceWorkerUpdates {
	#workbox: Workbox | null = null;
	#updateReady = $state(false);
	#controlled = $state(false);

	get updateReady(): boolean {
		return this.#updateReady;
	}

	/** True once the service worker serves this page, i.e. the app works offline from here on. */
	get controlled(): boolean {
		return this.#controlled;
	}

	start(scriptUrl = '/sw.js'): () => void {
		if (!('serviceWorker' in navigator)) return () => {};
		const workbox = new Workbox(scriptUrl, { scope: '/' });
		this.#workbox = workbox;
		this.#controlled = navigator.serviceWorker.controller !== null;
		workbox.addEventListener('waiting', () => (this.#updateReady = true));
		workbox.addEventListener('controlling', () => (this.#controlled = true));
		// A browser may refuse the worker (some private modes do): the app then works online only,
		// which is no reason for an unhandled error.
		workbox.register().catch(() => {});

		const check = () => {
			if (document.visibilityState === 'visible') void workbox.update();
		};
		document.addEventListener('visibilitychange', check);
		const timer = setInterval(check, updateCheckInterval);
		return () => {
			document.removeEventListener('visibilitychange', check);
			clearInterval(timer);
		};
	}

	/**
	 * Activates the waiting version, then reloads once it controls the page. When another tab
	 * already switched to it, nothing is waiting any more and this tab is already controlled by the
	 * new version: it only has to reload.
	 */
	async applyUpdate(): Promise<void> {
		const workbox = this.#workbox;
		if (!workbox) return;
		const registration = await navigator.serviceWorker.getRegistration();
		if (!registration?.waiting) {
			window.location.reload();
			return;
		}
		workbox.addEventListener('controlling', () => window.location.reload());
		workbox.messageSkipWaiting();
	}

	dismiss(): void {
		this.#updateReady = false;
	}
}
