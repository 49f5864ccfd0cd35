/** Whether the browser believes it is online; the offline badge reads it. */
export class NetworkStatus {
	#online = $state(true);

	get online(): boolean {
		return this.#online;
	}

	start(): () => void {
		const update = () => (this.#online = navigator.onLine);
		update();
		window.addEventListener('online', update);
		window.addEventListener('offline', update);
		return () => {
			window.removeEventListener('online', update);
			window.removeEventListener('offline', update);
		};
	}
}
