import { describe, expect, it } from 'vitest';
import { Cancelled, OrderedQueue } from './ordered-queue';

/** A promise settled from outside, to hold a task open. */
function deferred<T = void>() {
	let resolve!: (value: T) => void;
	let reject!: (reason: unknown) => void;
	const promise = new Promise<T>((yes, no) => {
		resolve = yes;
		reject = no;
	});
	return { promise, resolve, reject };
}

describe('OrderedQueue', () => {
	it('starts each task only after the one before it settled, in the order pushed', async () => {
		const queue = new OrderedQueue();
		const events: string[] = [];
		const first = deferred();
		const a = queue.push(async () => {
			events.push('a starts');
			await first.promise;
			events.push('a ends');
			return 'a';
		});
		const b = queue.push(async () => {
			events.push('b starts');
			return 'b';
		});
		await Promise.resolve();
		await Promise.resolve();
		expect(events).toEqual(['a starts']);
		expect(queue.size).toBe(2);
		first.resolve();
		expect(await a).toBe('a');
		expect(await b).toBe('b');
		expect(events).toEqual(['a starts', 'a ends', 'b starts']);
		await queue.settled();
		expect(queue.size).toBe(0);
	});

	it('cancels the tasks waiting behind a failure, and runs those pushed after it', async () => {
		const queue = new OrderedQueue();
		const ran: string[] = [];
		const gate = deferred();
		const a = queue.push(async () => {
			await gate.promise;
			ran.push('a');
			throw new Error('disk full');
		});
		const b = queue.push(async () => {
			ran.push('b');
		});
		const c = queue.push(async () => {
			ran.push('c');
		});
		gate.resolve();
		const [failed, second, third] = await Promise.allSettled([a, b, c]);
		expect(failed).toMatchObject({ status: 'rejected', reason: new Error('disk full') });
		expect(second).toMatchObject({ status: 'rejected', reason: expect.any(Cancelled) });
		expect(third).toMatchObject({ status: 'rejected', reason: expect.any(Cancelled) });
		expect(ran).toEqual(['a']);

		await expect(queue.push(async () => 'd')).resolves.toBe('d');
		expect(queue.size).toBe(0);
	});

	it('settles once everything pushed has settled, failures included, without rejecting', async () => {
		const queue = new OrderedQueue();
		const gate = deferred();
		void queue.push(() => gate.promise).catch(() => {});
		let settled = false;
		const done = queue.settled().then(() => {
			settled = true;
		});
		await Promise.resolve();
		expect(settled).toBe(false);
		gate.reject(new Error('aborted'));
		await done;
		expect(settled).toBe(true);
	});
});
