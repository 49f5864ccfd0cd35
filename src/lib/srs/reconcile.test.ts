import { State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { harbourSet } from '$lib/content/fixtures/harbour';
import { buildSetIndex } from '$lib/content/set-index';
import { cardRecord, fixtureNow, reviewCard } from './fixtures';
import { reconcile, suspended, type BankItemRef, type Reconciliation } from './reconcile';
import type { CardRecord } from './types';

function item(id: string, setId = 'cartels'): BankItemRef {
	return { id, setId };
}

function studied(itemId: string, setId = 'cartels', bankRank?: number): CardRecord {
	return cardRecord({
		itemId,
		setId,
		card: reviewCard({ due: new Date('2025-07-01T00:00:00Z'), reps: 5, lapses: 1 }),
		...(bankRank !== undefined && { bankRank })
	});
}

/** The cards after storage writes a reconciliation. */
function apply(
	cards: readonly CardRecord[],
	{ add, suspend, restore, update }: Reconciliation
): CardRecord[] {
	const written = new Map(cards.map((record) => [record.itemId, record]));
	for (const record of [...add, ...suspend, ...restore, ...update])
		written.set(record.itemId, record);
	return [...written.values()];
}

const nothingToWrite = { add: [], suspend: [], restore: [], update: [] };

describe('reconcile', () => {
	it('adds a new, empty card for each item without one, ranked by its place in the bank', () => {
		const result = reconcile([item('cartels-1'), item('fentanyl-1', 'fentanyl')], [], fixtureNow);
		expect(result.add).toEqual([
			{
				itemId: 'cartels-1',
				setId: 'cartels',
				suspended: false,
				bankRank: 0,
				card: expect.objectContaining({ state: State.New, reps: 0, due: fixtureNow })
			},
			{
				itemId: 'fentanyl-1',
				setId: 'fentanyl',
				suspended: false,
				bankRank: 1,
				card: expect.objectContaining({ state: State.New, reps: 0, due: fixtureNow })
			}
		]);
		expect(result).toMatchObject({ suspend: [], restore: [], update: [], unchanged: 0 });
	});

	it('keeps the card of an item still in its place (edited items keep their history)', () => {
		const cards = [studied('cartels-1', 'cartels', 0)];
		const result = reconcile([item('cartels-1')], cards, fixtureNow);
		expect(result).toEqual({ ...nothingToWrite, unchanged: 1 });
	});

	it('ranks a card that has no rank yet (as after the version 2 upgrade), keeping its state', () => {
		const unranked = studied('cartels-2');
		const result = reconcile([item('cartels-1'), item('cartels-2')], [unranked], fixtureNow);
		expect(result.update).toEqual([{ ...unranked, bankRank: 1 }]);
		expect(result.add.map((record) => [record.itemId, record.bankRank])).toEqual([
			['cartels-1', 0]
		]);
	});

	it('re-ranks cards whose items moved in the bank, and only those', () => {
		const cards = [
			studied('cartels-1', 'cartels', 0),
			studied('cartels-2', 'cartels', 1),
			studied('cartels-3', 'cartels', 2)
		];
		const result = reconcile(
			[item('cartels-1'), item('cartels-3'), item('cartels-2')],
			cards,
			fixtureNow
		);
		expect(result.update).toEqual([
			{ ...cards[2], bankRank: 1 },
			{ ...cards[1], bankRank: 2 }
		]);
		expect(result.unchanged).toBe(1);
	});

	it('suspends the card of an item that left the bank, keeping its state but not its rank', () => {
		const gone = studied('cartels-2', 'cartels', 1);
		const result = reconcile(
			[item('cartels-1')],
			[studied('cartels-1', 'cartels', 0), gone],
			fixtureNow
		);
		expect(result.suspend).toStrictEqual([
			{ itemId: 'cartels-2', setId: 'cartels', card: gone.card, suspended: true }
		]);
		expect(result.unchanged).toBe(1);
	});

	it('restores a suspended card whose item came back, with its history and its new rank', () => {
		const back = suspended(studied('cartels-2', 'cartels', 4));
		const result = reconcile([item('cartels-1'), item('cartels-2')], [back], fixtureNow);
		expect(result.restore).toEqual([{ ...back, suspended: false, bankRank: 1 }]);
		expect(result.add.map((record) => record.itemId)).toEqual(['cartels-1']);
	});

	it('leaves a suspended card of an item that is still gone alone', () => {
		const result = reconcile([], [suspended(studied('cartels-2'))], fixtureNow);
		expect(result).toEqual({ ...nothingToWrite, unchanged: 1 });
	});

	it('updates a card whose item changed set, and restores into the new set', () => {
		const moved = studied('shared-1', 'cartels', 0);
		const returning = suspended(studied('shared-2', 'cartels'));
		const result = reconcile(
			[item('shared-1', 'fentanyl'), item('shared-2', 'fentanyl')],
			[moved, returning],
			fixtureNow
		);
		expect(result.update).toEqual([{ ...moved, setId: 'fentanyl' }]);
		expect(result.restore).toEqual([
			{ ...returning, setId: 'fentanyl', suspended: false, bankRank: 1 }
		]);
	});

	it('does not mutate the cards it is given', () => {
		const cards = [studied('cartels-1', 'cartels', 3), suspended(studied('cartels-2'))];
		const copy = structuredClone(cards);
		reconcile([item('cartels-2'), item('cartels-3')], cards, fixtureNow);
		expect(cards).toEqual(copy);
	});

	it('adds one card for an id listed twice, and the repeat takes no rank', () => {
		const result = reconcile(
			[item('cartels-1'), item('cartels-1'), item('cartels-2')],
			[],
			fixtureNow
		);
		expect(result.add.map((record) => [record.itemId, record.bankRank])).toEqual([
			['cartels-1', 0],
			['cartels-2', 1]
		]);
	});

	it('is idempotent: once its writes are applied there is nothing left to do', () => {
		const cards = [
			studied('cartels-1', 'cartels', 0),
			studied('cartels-2', 'cartels', 1),
			suspended(studied('cartels-3')),
			studied('shared-1', 'cartels', 2),
			studied('cartels-5')
		];
		const bank = [
			item('cartels-1'),
			item('cartels-3'),
			item('cartels-4'),
			item('shared-1', 'fentanyl'),
			item('cartels-5')
		];
		const first = reconcile(bank, cards, fixtureNow);
		expect(first).toMatchObject({ unchanged: 1 });
		expect(
			[first.add, first.suspend, first.restore, first.update].map((list) => list.length)
		).toEqual([1, 1, 1, 2]);
		const afterwards = apply(cards, first);
		expect(
			afterwards
				.filter((record) => !record.suspended)
				.map((record) => [record.itemId, record.bankRank])
				.sort((a, b) => Number(a[1]) - Number(b[1]))
		).toEqual(bank.map((entry, rank) => [entry.id, rank]));
		const second = reconcile(bank, afterwards, new Date(fixtureNow.getTime() + 86_400_000));
		expect(second).toEqual({ ...nothingToWrite, unchanged: 6 });
	});

	it('suspends the card of a retired item with its history, and keeps it suspended', () => {
		// The bank items as the app builds them at start-up: from the set index, active items only.
		const bankItems = (set: ReturnType<typeof harbourSet>) =>
			buildSetIndex([set]).flatMap(({ id: setId, itemIds }) =>
				itemIds.map((id) => item(id, setId))
			);
		const before = harbourSet();
		const cards = bankItems(before).map((ref, rank) => studied(ref.id, ref.setId, rank));
		expect(reconcile(bankItems(before), cards, fixtureNow)).toMatchObject({
			...nothingToWrite,
			unchanged: 12
		});

		const after = harbourSet();
		after.items[3] = { ...after.items[3]!, retired: 'Repeats harbour-11.' };
		const result = reconcile(bankItems(after), cards, fixtureNow);
		const studiedCard = cards.find((record) => record.itemId === 'harbour-4');
		expect(result.suspend).toEqual([
			{ itemId: 'harbour-4', setId: 'harbour', suspended: true, card: studiedCard?.card }
		]);
		expect(result.suspend[0]?.card).toMatchObject({ state: State.Review, reps: 5, lapses: 1 });
		const again = reconcile(bankItems(after), apply(cards, result), fixtureNow);
		expect(again).toEqual({ ...nothingToWrite, unchanged: 12 });
	});
});
