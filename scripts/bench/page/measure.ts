/** Times an operation in the page: warm-up runs, then timed runs split into named steps. */
import type { OperationTiming } from '../protocol';

/** Marks the end of a step of the run being timed. */
export type Lap = (step: string) => void;

export interface Operation {
	name: string;
	targetMs: number | null;
	/** Fast operations get many runs, slow ones (a whole backup) a few. */
	speed: 'fast' | 'slow';
	/** Untimed, before each run: makes what the run needs (a review to undo). */
	before?(): Promise<void>;
	run(lap: Lap): Promise<void>;
	/** Untimed, after each run: puts the data back as it was (undoes the committed review). */
	after?(): Promise<void>;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Runs `operation` warmup + runs times and keeps the timings of the last `runs`. */
export async function timeOperation(
	operation: Operation,
	runs: number,
	warmup: number
): Promise<OperationTiming> {
	const timing: OperationTiming = {
		name: operation.name,
		targetMs: operation.targetMs,
		samples: [],
		parts: []
	};
	const steps = new Map<string, number[]>();
	try {
		for (let index = 0; index < warmup + runs; index++) {
			await operation.before?.();
			const laps: [string, number][] = [];
			const start = performance.now();
			let last = start;
			await operation.run((step) => {
				const now = performance.now();
				laps.push([step, now - last]);
				last = now;
			});
			const total = performance.now() - start;
			await operation.after?.();
			if (index < warmup) continue;
			timing.samples.push(total);
			for (const [step, ms] of laps) steps.set(step, [...(steps.get(step) ?? []), ms]);
		}
	} catch (error) {
		timing.error = messageOf(error);
	}
	timing.parts = [...steps].map(([name, samples]) => ({ name, samples }));
	return timing;
}
