/** The bench page: the runner drives it through `window.repasoBench`. */
import type { BenchApi } from '../protocol';
import { createDataset, type Dataset } from './dataset';
import { timeOperation, type Operation } from './measure';
import { benchOperations } from './operations';

let current: { dataset: Dataset; operations: Operation[] } | undefined;

function prepared(): NonNullable<typeof current> {
	if (!current) throw new Error('prepare a dataset first');
	return current;
}

const api: BenchApi = {
	async prepare(request) {
		const dataset = await createDataset(request, current?.dataset);
		current = { dataset, operations: benchOperations(dataset) };
		return dataset.info;
	},
	operations: () => prepared().operations.map(({ name, speed }) => ({ name, speed })),
	async measure(name, plan) {
		const operation = prepared().operations.find((candidate) => candidate.name === name);
		if (!operation) throw new Error(`no operation named ${name}`);
		return timeOperation(operation, plan);
	}
};
window.repasoBench = api;
