import { Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { makeItem } from '$lib/quiz/test-items';
import { cardRecord, fixtureNow } from '$lib/srs/fixtures';
import { Scheduler } from '$lib/srs/scheduler';
import { defaultSettings } from '$lib/srs/settings';
import type { CardRecord } from '$lib/srs/types';
import { StudySession, type StudyData } from './study-session.svelte';

const ids = ['a-1', 'a-2', 'a-3', 'a-4'];

/** A session over one set of four true-or-false cards, one new card a day, against a fake store. */
function studying(loaded = 1) {
	const settings = { ...defaultSettings(), dailyNewLimit: 1 };
	const stored = new Map<string, CardRecord>(
		ids.map((itemId, bankRank) => [itemId, { ...cardRecord({ itemId, setId: 'a' }), bankRank }])
	);
	const data: StudyData = {
		// What the app reads: the first `dailyNewLimit` new cards of the set.
		cards: [...stored.values()].slice(0, loaded),
		introducedToday: 0,
		settings,
		timeZone: 'UTC',
		items: new Map(ids.map((id) => [id, { ...makeItem('truefalse'), id }])),
		itemIds: new Set(ids),
		setId: 'a',
		unseen: ids.length,
		dueLater: []
	};
	const scheduler = new Scheduler(settings);
	const session = new StudySession(data, {
		commit: async (itemId, schedule) => {
			const reviewed = schedule(stored.get(itemId)!);
			stored.set(itemId, reviewed.record);
			return reviewed;
		},
		undo: async (review) => {
			const restored = scheduler.undo(stored.get(review.itemId)!.card, review);
			const record = { ...stored.get(review.itemId)!, card: restored };
			stored.set(review.itemId, record);
			return { record, review };
		},
		clock: () => fixtureNow,
		newCards: async (limit) =>
			[...stored.values()].filter((record) => record.card.state === State.New).slice(0, limit)
	});
	return session;
}

async function gradeShown(session: StudySession, grade: Rating.Again | Rating.Easy) {
	session.answer({ type: 'truefalse', value: true });
	await session.confirm(grade);
}

describe('StudySession', () => {
	it('offers more of the set once today’s new cards are used up, and studies them', async () => {
		const session = studying();
		await gradeShown(session, Rating.Easy);
		expect(session.current).toBeUndefined();
		expect(session.moreNew).toBe(3);

		await session.learnMore();
		expect(session.current?.itemId).toBe('a-2');
		expect(session.counts.new).toBe(3);
		await gradeShown(session, Rating.Easy);
		expect(session.current?.itemId).toBe('a-3');
	});

	it('summarises what it did: reviews kept, recalled and time, an undone one left out', async () => {
		const session = studying(2);
		await gradeShown(session, Rating.Again);
		expect(session.summary).toMatchObject({ reviewed: 1, recalled: 0, accuracy: 0 });
		expect(session.counts).toEqual({ due: 0, learning: 1, new: 0 });
		await gradeShown(session, Rating.Easy);
		expect(session.summary).toMatchObject({ reviewed: 2, recalled: 1, accuracy: 0.5 });
		await session.undo();
		expect(session.reviewed).toBe(1);
		expect(session.summary.recalled).toBe(0);
	});

	it('says when the next card is due once nothing is left', async () => {
		const session = studying();
		expect(session.nextDue).toBeUndefined();
		await gradeShown(session, Rating.Easy);
		expect(session.nextDue!.getTime()).toBeGreaterThan(fixtureNow.getTime());
	});
});
