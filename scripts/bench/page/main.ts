/** The bench page: the runner drives it through `window.repasoBench`. */
import type { BenchApi, MeasureRequest, OperationTiming } from '../protocol';
import { createDataset, type Dataset } from './dataset';
import { timeOperation } from './measure';
import { benchOperations } from './operations';

let dataset: Dataset | undefined;

async function measure(request: MeasureRequest): Promise<OperationTiming[]> {
	if (!dataset) throw new Error('prepare a dataset first');
	const timings: OperationTiming[] = [];
	for (const operation of benchOperations(dataset)) {
		const runs = operation.speed === 'fast' ? request.fastRuns : request.slowRuns;
		const warmup = Math.max(1, Math.round(runs * request.warmupShare));
		console.info(`measuring ${operation.name}: ${warmup} warm-up + ${runs} runs`);
		timings.push(await timeOperation(operation, runs, warmup));
	}
	return timings;
}

const api: BenchApi = {
	async prepare(request) {
		dataset = await createDataset(request, dataset);
		return dataset.info;
	},
	measure
};
window.repasoBench = api;
