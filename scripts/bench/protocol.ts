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

export interface MeasureRequest {
	/** Timed runs of the quick operations (queue, commit, undo, stats). */
	fastRuns: number;
	/** Timed runs of export and import. */
	slowRuns: number;
	/** Untimed runs before the timed ones, as a share of them (at least one). */
	warmupShare: number;
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
	prepare(request: DatasetRequest): Promise<DatasetInfo>;
	measure(request: MeasureRequest): Promise<OperationTiming[]>;
}

declare global {
	interface Window {
		repasoBench?: BenchApi;
	}
}
