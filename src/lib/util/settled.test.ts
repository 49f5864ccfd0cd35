import { describe, expect, it } from 'vitest';
import { Settled } from './settled.svelte';

describe('Settled', () => {
	it('is pending, then holds what the promise resolved to', async () => {
		let resolve!: (value: number) => void;
		const promise = new Promise<number>((done) => (resolve = done));
		const settled = new Settled(promise);
		expect([settled.done, settled.value, settled.error]).toEqual([false, undefined, undefined]);
		resolve(3);
		await promise;
		expect([settled.done, settled.value, settled.error]).toEqual([true, 3, undefined]);
	});

	it('holds why the promise rejected, and no value', async () => {
		const failure = new Error('no database');
		const promise = Promise.reject(failure);
		const settled = new Settled(promise);
		await promise.catch(() => undefined);
		expect([settled.done, settled.value, settled.error]).toEqual([true, undefined, failure]);
	});
});
