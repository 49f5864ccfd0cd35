import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import type { Item } from '$lib/content/schema';
import { correctResponse, makeItem } from '$lib/quiz/test-items';
import { cardRecord, fixtureNow } from '$lib/srs/fixtures';
import { defaultSettings } from '$lib/srs/settings';
import type { CardRecord } from '$lib/srs/types';
import {
	firstCard,
	StudySession,
	type Reviewed,
	type StudyData,
	type StudyPorts
} from './study-session.svelte';

/** A promise settled from outside, to hold a write open. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (reason: unknown) => void;
	const promise = new Promise<T>((yes, no) => {
		resolve = yes;
		reject = no;
	});
	return { promise, resolve, reject };
}

interface Write {
	itemId: string;
	done: ReturnType<typeof deferred<void>>;
	/** Waits for `done`, then schedules from the card as the fake store holds it. */
	run(): Promise<Reviewed>;
}

/**
 * A session over three new true-or-false cards, with a store whose writes finish only when the test
 * says so: each write waits for its `done`, then schedules from the stored card as the app does.
 * `loaded`: how many of the items the session starts with (the others come from `laterItems`).
 */
function setup(loaded = 3, laterItems?: StudyPorts['laterItems']) {
	const items = [1, 2, 3].map((n) => makeItem('truefalse', { id: `set-${n}` }));
	const stored = new Map<string, CardRecord>(
		items.map((item, rank) => [
			item.id,
			cardRecord({ itemId: item.id, bankRank: rank, card: { due: fixtureNow } })
		])
	);
	const writes: Write[] = [];
	const announced: string[] = [];
	const ports: StudyPorts = {
		commit(itemId, schedule) {
			const write: Write = {
				itemId,
				done: deferred<void>(),
				run: async () => {
					await write.done.promise;
					const reviewed = schedule(stored.get(itemId)!);
					stored.set(itemId, reviewed.record);
					return reviewed;
				}
			};
			writes.push(write);
			return write.run();
		},
		undo: () => Promise.reject(new Error('not used')),
		announce: (record) => announced.push(record.itemId),
		clock: () => fixtureNow,
		laterItems
	};
	const data: StudyData = {
		cards: [...stored.values()],
		introducedToday: 0,
		settings: defaultSettings(),
		timeZone: 'UTC',
		items: new Map(items.slice(0, loaded).map((item) => [item.id, item])),
		itemIds: new Set(items.map((item) => item.id)),
		unseen: items.length,
		dueLater: []
	};
	const session = new StudySession(data, ports);
	/** Answers the card shown and grades it Good; resolves when its write has settled. */
	function grade(): Promise<void> {
		session.answer(correctResponse(session.item!));
		return session.confirm(Rating.Good);
	}
	return { session, data, items, stored, writes, announced, grade };
}

/** Lets pending promise callbacks run. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('StudySession', () => {
	it('shows the next card before the review is stored, and writes reviews in grading order', async () => {
		const { session, stored, writes, announced, grade } = setup();
		expect(session.current?.itemId).toBe('set-1');
		const first = grade();
		// The next card shows at once; the count of reviews waits for the store.
		expect(session.current?.itemId).toBe('set-2');
		expect(session.reviewed).toBe(0);
		expect(session.writing).toBe(1);
		expect(session.canUndo).toBe(true);
		const second = grade();
		expect(session.current?.itemId).toBe('set-3');
		await flush();
		// The second write has not started: it waits for the first to finish.
		expect(writes.map((write) => write.itemId)).toEqual(['set-1']);

		writes[0]!.done.resolve();
		await first;
		expect(session.reviewed).toBe(1);
		await flush();
		expect(writes.map((write) => write.itemId)).toEqual(['set-1', 'set-2']);
		writes[1]!.done.resolve();
		await second;
		expect(session.reviewed).toBe(2);
		expect(session.writing).toBe(0);
		expect(announced).toEqual(['set-1', 'set-2']);
		expect(stored.get('set-1')!.card.reps).toBe(1);
		expect(stored.get('set-2')!.card.reps).toBe(1);
		expect(session.error).toBeNull();
	});

	it('comes back to a card whose write failed, with its answer, grade and reason, and retries it', async () => {
		const { session, stored, writes, grade } = setup();
		const first = grade();
		const second = grade();
		expect(session.current?.itemId).toBe('set-3');
		await flush();
		writes[0]!.done.reject(new Error('QuotaExceededError'));
		await Promise.all([first, second]);

		// Neither review was stored: the one graded after the failure was not written at all.
		expect(writes.map((write) => write.itemId)).toEqual(['set-1']);
		expect(stored.get('set-1')!.card.reps).toBe(0);
		expect(stored.get('set-2')!.card.reps).toBe(0);
		expect(session.reviewed).toBe(0);
		expect(session.writing).toBe(0);
		expect(session.canUndo).toBe(false);
		expect(session.error?.message).toBe('QuotaExceededError');
		expect(session.current?.itemId).toBe('set-1');
		expect(session.answered).toBe(true);
		expect(session.grade).toBe(Rating.Good);
		// set-2 is back among the cards to study, as it was.
		expect(session.counts.new).toBe(3);

		const retry = session.confirm();
		expect(session.error).toBeNull();
		expect(session.current?.itemId).toBe('set-2');
		await flush();
		writes[1]!.done.resolve();
		await retry;
		expect(stored.get('set-1')!.card.reps).toBe(1);
		expect(session.reviewed).toBe(1);
		expect(session.counts.new).toBe(2);
	});

	it('starts before the later items are loaded: counts them, and loads them when a card is answered', async () => {
		const later = deferred<ReadonlyMap<string, Item>>();
		const { session, data, items, writes, grade } = setup(1, () => later.promise);
		expect(firstCard(data, fixtureNow)?.itemId).toBe('set-1');
		expect(session.item?.id).toBe('set-1');
		expect(session.counts.new).toBe(3);
		const first = grade();
		// The next card is known, its item not yet: the page shows a placeholder, not the session's end.
		expect(session.current?.itemId).toBe('set-2');
		expect(session.item).toBeUndefined();
		expect(session.selfGraded).toBe(false);
		session.answer(correctResponse(items[1]!));
		expect(session.answered).toBe(false);

		later.resolve(new Map(items.map((item) => [item.id, item])));
		await flush();
		expect(session.item?.id).toBe('set-2');
		expect(session.itemsError).toBeNull();
		await flush();
		writes[0]!.done.resolve();
		await first;
		expect(session.reviewed).toBe(1);
	});

	it('loads the later items once, when asked before any answer, and says when they could not come', async () => {
		let asked = 0;
		const { session, grade } = setup(1, () => {
			asked++;
			return Promise.reject(new Error('offline'));
		});
		session.loadLaterItems();
		void grade();
		await flush();
		expect(asked).toBe(1);
		expect(session.item).toBeUndefined();
		expect(session.itemsError?.message).toBe('offline');
	});
});
