/** A task that never ran because one queued before it failed. */
export class Cancelled extends Error {
	constructor() {
		super('cancelled: an earlier task failed');
		this.name = 'Cancelled';
	}
}

/**
 * Runs tasks one at a time, in the order they were pushed: a task starts only once the one before
 * it has settled, so no later write can land before an earlier one. When a task fails, the tasks
 * already waiting behind it are cancelled (they reject with `Cancelled` and never run), since they
 * were queued on the assumption that it would succeed; tasks pushed after the failure run normally.
 */
export class OrderedQueue {
	/** Settles once every task pushed so far has settled; never rejects. */
	#tail: Promise<void> = Promise.resolve();
	/** Bumped by each failure; a task pushed under an older generation is cancelled. */
	#generation = 0;
	#waiting = 0;

	/** Tasks pushed and not yet settled, the running one included. */
	get size(): number {
		return this.#waiting;
	}

	push<T>(task: () => Promise<T>): Promise<T> {
		const generation = this.#generation;
		this.#waiting++;
		const run = this.#tail.then(() => {
			if (generation !== this.#generation) throw new Cancelled();
			return task();
		});
		this.#tail = run.then(
			() => {
				this.#waiting--;
			},
			(error: unknown) => {
				this.#waiting--;
				if (!(error instanceof Cancelled)) this.#generation++;
			}
		);
		return run;
	}

	/** Resolves once every task pushed so far has settled, whether it succeeded or not. */
	settled(): Promise<void> {
		return this.#tail;
	}
}
