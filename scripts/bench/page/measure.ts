/** Times an operation in the page: warm-up runs, then timed runs split into named steps. */
import type { OperationInfo, OperationTiming, RunPlan } from '../protocol';

/** Marks the end of a step of the run being timed. */
export type Lap = (step: string) => void;

export interface Operation extends OperationInfo {
	targetMs: number | null;
	/** Untimed, before each run: makes what the run needs (a review to undo). */
	before?(): Promise<void>;
	run(lap: Lap): Promise<void>;
	/** Untimed, after each run: puts the data back as it was (undoes the committed review). */
	after?(): Promise<void>;
}

interface Run {
	totalMs: number;
	laps: [string, number][];
}

async function runOnce(operation: Operation): Promise<Run> {
	await operation.before?.();
	const laps: [string, number][] = [];
	const start = performance.now();
	let last = start;
	await operation.run((step) => {
		const now = performance.now();
		laps.push([step, now - last]);
		last = now;
	});
	const totalMs = performance.now() - start;
	await operation.after?.();
	return { totalMs, laps };
}

function messageOf(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Runs `operation` as `plan` says and keeps the timings of the timed runs. */
export async function timeOperation(operation: Operation, plan: RunPlan): Promise<OperationTiming> {
	const timing: OperationTiming = {
		name: operation.name,
		targetMs: operation.targetMs,
		samples: [],
		parts: []
	};
	const steps = new Map<string, number[]>();
	try {
		let warmupMs = 0;
		for (let index = 0; index < plan.warmup && warmupMs < plan.budgetMs / 5; index++) {
			warmupMs += (await runOnce(operation)).totalMs;
		}
		let spentMs = 0;
		while (
			timing.samples.length < plan.runs &&
			(timing.samples.length < plan.minRuns || spentMs < plan.budgetMs)
		) {
			const run = await runOnce(operation);
			spentMs += run.totalMs;
			timing.samples.push(run.totalMs);
			for (const [step, ms] of run.laps) steps.set(step, [...(steps.get(step) ?? []), ms]);
		}
	} catch (error) {
		timing.error = messageOf(error);
	}
	timing.parts = [...steps].map(([name, samples]) => ({ name, samples }));
	return timing;
}
