/** Median and p95 of timing samples, and the tables the runner prints. */
import type { DatasetInfo, OperationTiming } from './protocol';

export interface Summary {
	median: number;
	p95: number;
}

/**
 * Median (mean of the middle two for an even count) and nearest-rank p95, which for five runs is
 * the slowest one.
 * @example summarize([4, 1, 3, 2]) // { median: 2.5, p95: 4 }
 */
export function summarize(samples: readonly number[]): Summary {
	if (samples.length === 0) return { median: NaN, p95: NaN };
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = sorted.length / 2;
	const median = Number.isInteger(middle)
		? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
		: (sorted[Math.floor(middle)] ?? 0);
	return { median, p95: sorted[Math.ceil(0.95 * sorted.length) - 1] ?? 0 };
}

/** @example formatMs(0.4567) === '0.46 ms'; formatMs(1234.5) === '1235 ms' */
export function formatMs(ms: number): string {
	if (!Number.isFinite(ms)) return '—';
	const digits = ms < 10 ? 2 : ms < 100 ? 1 : 0;
	return `${ms.toFixed(digits)} ms`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function verdict(operation: OperationTiming, median: number): string {
	if (operation.error) return 'FAIL (error)';
	if (operation.targetMs === null) return '';
	return median <= operation.targetMs ? 'pass' : 'FAIL';
}

/**
 * One row per operation (median judged against its target), then a row per step of it.
 * @example operationsTable(timings) // '| operation | runs | median | p95 | target | result |\n...'
 */
export function operationsTable(operations: readonly OperationTiming[]): string {
	const rows = operations.flatMap((operation) => {
		const { median, p95 } = summarize(operation.samples);
		const target = operation.targetMs === null ? '' : `≤ ${formatMs(operation.targetMs)}`;
		const name = operation.error ? `${operation.name} (${operation.error})` : operation.name;
		return [
			[name, String(operation.samples.length), formatMs(median), formatMs(p95), target],
			...operation.parts.map((part) => {
				const partSummary = summarize(part.samples);
				return [
					`  · ${part.name}`,
					'',
					formatMs(partSummary.median),
					formatMs(partSummary.p95),
					''
				];
			})
		].map((cells, index) => [...cells, index === 0 ? verdict(operation, median) : '']);
	});
	return table(['operation', 'runs', 'median', 'p95', 'target', 'result'], rows);
}

export interface SizedRun {
	info: DatasetInfo;
	operations: OperationTiming[];
}

/**
 * Medians per data size, and how much each grew from the previous size.
 * @example scalingTable([small, medium, large]) // '| operation | 1,000 cards | ... | × 10k/1k |'
 */
export function scalingTable(runs: readonly SizedRun[]): string {
	const label = (run: SizedRun) => `${run.info.cards.toLocaleString('en')} cards`;
	const short = (run: SizedRun) => `${run.info.cards / 1000}k`;
	const growth = runs.slice(1).map((run, index) => `× ${short(run)}/${short(runs[index] ?? run)}`);
	const names = runs[0]?.operations.map((operation) => operation.name) ?? [];
	const rows = names.map((name) => {
		const medians = runs.map((run) => {
			const operation = run.operations.find((candidate) => candidate.name === name);
			return operation && !operation.error ? summarize(operation.samples).median : NaN;
		});
		const ratios = medians
			.slice(1)
			.map((median, index) => (median / (medians[index] ?? NaN)).toFixed(1));
		return [
			name,
			...medians.map(formatMs),
			...ratios.map((ratio) => (ratio === 'NaN' ? '—' : ratio))
		];
	});
	const sizes = runs.map((run) => `${run.info.reviews.toLocaleString('en')}`);
	return table(
		['operation', ...runs.map(label), ...growth],
		[['(reviews)', ...sizes, ...growth.map(() => '')], ...rows]
	);
}
