import { isIosSafari, isStandalone } from './platform';

/** Chrome's install prompt event, not yet in TypeScript's DOM types. */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * What the install affordance shows: Chrome's own prompt when the browser offers one, short
 * instructions on iOS Safari (which has no prompt), nothing when already installed.
 */
export class InstallState {
	#deferred = $state<BeforeInstallPromptEvent | null>(null);
	#standalone = $state(false);
	#ios = $state(false);
	#iosDismissed = $state(false);

	readonly canPrompt = $derived(this.#deferred !== null && !this.#standalone);
	readonly showIosHint = $derived(this.#ios && !this.#standalone && !this.#iosDismissed);

	start(): () => void {
		const standaloneQuery = matchMedia('(display-mode: standalone)');
		const readStandalone = () => {
			this.#standalone = isStandalone(
				standaloneQuery.matches,
				(navigator as Navigator & { standalone?: boolean }).standalone
			);
		};
		readStandalone();
		this.#ios = isIosSafari(navigator.userAgent, navigator.maxTouchPoints);

		const offered = (event: Event) => {
			// Keep the browser's mini-infobar away; the app shows its own button instead.
			event.preventDefault();
			this.#deferred = event as BeforeInstallPromptEvent;
		};
		const installed = () => (this.#deferred = null);
		window.addEventListener('beforeinstallprompt', offered);
		window.addEventListener('appinstalled', installed);
		standaloneQuery.addEventListener('change', readStandalone);
		return () => {
			window.removeEventListener('beforeinstallprompt', offered);
			window.removeEventListener('appinstalled', installed);
			standaloneQuery.removeEventListener('change', readStandalone);
		};
	}

	async prompt(): Promise<void> {
		const deferred = this.#deferred;
		if (!deferred) return;
		await deferred.prompt();
		await deferred.userChoice;
		// A prompt event can be used once; the browser fires a new one if it may ask again.
		this.#deferred = null;
	}

	dismissIosHint(): void {
		this.#iosDismissed = true;
	}
}
