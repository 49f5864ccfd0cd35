/** What the Node runner and the bench page say to each other (plain JSON both ways). */

export interface DatasetRequest {
	cards: number;
	seed: number;
	/** ISO instant the data is generated for and measured at. */
	now: string;
}

export interface DatasetInfo {
	cards: number;
	reviews: number;
	cardsByState: { new: number; learning: number; review: number; relearning: number };
	reviewsToday: number;
	queueLength: number;
	/** Bytes the origin uses on disk, as `navigator.storage.estimate` reports it. */
	storedBytes: number | null;
	generateMs: number;
	writeMs: number;
}

/**
 * How many times to run an operation. Runs stop early once the timed ones have taken `budgetMs` (with
 * at least `minRuns` done), and warm-up once it has taken a fifth of that (with one done), so the
 * largest data sizes finish in minutes rather than hours.
 */
export interface RunPlan {
	runs: number;
	warmup: number;
	minRuns: number;
	budgetMs: number;
}

export interface OperationInfo {
	name: string;
	/** Quick operations get many runs, slow ones (a whole backup) a few. */
	speed: 'quick' | 'slow';
}

export interface PartTiming {
	name: string;
	samples: number[];
}

export interface OperationTiming {
	name: string;
	targetMs: number | null;
	/** Milliseconds per timed run. */
	samples: number[];
	/** The same runs, split into their steps. */
	parts: PartTiming[];
	/** Why the operation could not be measured (the runs before the failure are kept). */
	error?: string;
}

export interface BenchApi {
	/** Replaces the bench databases with generated data of this size. */
	prepare(request: DatasetRequest): Promise<DatasetInfo>;
	operations(): OperationInfo[];
	measure(name: string, plan: RunPlan): Promise<OperationTiming>;
}

declare global {
	interface Window {
		repasoBench?: BenchApi;
	}
}
