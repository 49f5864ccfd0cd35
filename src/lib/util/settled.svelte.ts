/**
 * A promise's outcome as reactive state, so that a page can be drawn before its data arrives and
 * fill it in when the promise settles.
 * @example const figures = $derived(new Settled(data.figures)); // figures.value once resolved
 */
export class Settled<T> {
	/** The resolved value; undefined until then, or when the promise rejected. */
	value = $state.raw<T | undefined>(undefined);
	/** Why the promise rejected; undefined unless it did. */
	error = $state.raw<unknown>(undefined);
	/** False until the promise resolves or rejects. */
	done = $state(false);

	constructor(promise: Promise<T>) {
		promise.then(
			(value) => {
				this.value = value;
				this.done = true;
			},
			(error: unknown) => {
				this.error = error;
				this.done = true;
			}
		);
	}
}
