import { describe, expect, it } from 'vitest';
import type { DatasetInfo, OperationTiming } from './protocol';
import { formatMs, operationsTable, scalingTable, summarize, type SizedRun } from './summary';

function timing(overrides: Partial<OperationTiming> = {}): OperationTiming {
	return { name: 'commit', targetMs: 5, samples: [1, 2, 3], parts: [], ...overrides };
}

function sized(cards: number, operations: OperationTiming[]): SizedRun {
	const info: DatasetInfo = {
		cards,
		reviews: cards * 20,
		cardsByState: { new: 0, learning: 0, review: cards, relearning: 0 },
		reviewsToday: 0,
		queueLength: 0,
		storedBytes: null,
		generateMs: 0,
		writeMs: 0
	};
	return { info, operations };
}

describe('summarize', () => {
	it('takes the middle sample of an odd count', () => {
		expect(summarize([5, 1, 3]).median).toBe(3);
	});

	it('averages the middle two of an even count', () => {
		expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
	});

	it('takes the nearest-rank 95th percentile', () => {
		const samples = Array.from({ length: 20 }, (_, index) => index + 1);
		expect(summarize(samples).p95).toBe(19);
		expect(summarize([1, 2, 3, 4, 50]).p95).toBe(50);
	});

	it('gives NaN for no samples', () => {
		expect(summarize([]).median).toBeNaN();
	});
});

describe('formatMs', () => {
	it('keeps fewer decimals as times grow', () => {
		expect([formatMs(0.4567), formatMs(12.34), formatMs(1234.5)]).toEqual([
			'0.46 ms',
			'12.3 ms',
			'1235 ms'
		]);
	});

	it('shows a dash for a missing time', () => {
		expect(formatMs(NaN)).toBe('—');
	});
});

describe('operationsTable', () => {
	it('judges the median against the target', () => {
		const table = operationsTable([
			timing({ name: 'fast', samples: [1, 2, 9] }),
			timing({ name: 'slow', samples: [6, 7, 8] }),
			timing({ name: 'free', targetMs: null })
		]);
		expect(table).toContain('| fast | 3 | 2.00 ms | 9.00 ms | ≤ 5.00 ms | pass |');
		expect(table).toContain('| slow | 3 | 7.00 ms | 8.00 ms | ≤ 5.00 ms | FAIL |');
		expect(table).toContain('| free | 3 | 2.00 ms | 3.00 ms |  |  |');
	});

	it('lists the steps of an operation under it', () => {
		const table = operationsTable([timing({ parts: [{ name: 'open', samples: [0.5] }] })]);
		expect(table.split('\n')[3]).toBe('|   · open |  | 0.50 ms | 0.50 ms |  |  |');
	});

	it('fails an operation that threw, naming the error', () => {
		const table = operationsTable([timing({ error: 'RangeError: Invalid string length' })]);
		expect(table).toContain('commit (RangeError: Invalid string length)');
		expect(table).toContain('FAIL (error)');
	});
});

describe('scalingTable', () => {
	it('gives each size its median and the growth between sizes', () => {
		const table = scalingTable([
			sized(1000, [timing({ samples: [2] })]),
			sized(10_000, [timing({ samples: [10] })]),
			sized(50_000, [timing({ samples: [60] })])
		]);
		expect(table).toContain(
			'| operation | 1,000 cards | 10,000 cards | 50,000 cards | × 10k/1k | × 50k/10k |'
		);
		expect(table).toContain('| (reviews) | 20,000 | 200,000 | 1,000,000 |  |  |');
		expect(table).toContain('| commit | 2.00 ms | 10.0 ms | 60.0 ms | 5.0 | 6.0 |');
	});

	it('shows a dash where a size failed', () => {
		const table = scalingTable([
			sized(1000, [timing({ samples: [2] })]),
			sized(10_000, [timing({ error: 'out of memory' })])
		]);
		expect(table).toContain('| commit | 2.00 ms | — | — |');
	});
});
