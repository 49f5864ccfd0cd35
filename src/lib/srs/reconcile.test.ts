import { State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { cardRecord, fixtureNow, reviewCard } from './fixtures';
import { reconcile, type BankItemRef, type Reconciliation } from './reconcile';
import type { CardRecord } from './types';

function item(id: string, setId = 'cartels'): BankItemRef {
	return { id, setId };
}

function studied(itemId: string, setId = 'cartels'): CardRecord {
	return cardRecord({
		itemId,
		setId,
		card: reviewCard({ due: new Date('2025-07-01T00:00:00Z'), reps: 5, lapses: 1 })
	});
}

/** The cards after storage writes a reconciliation. */
function apply(
	cards: readonly CardRecord[],
	{ add, suspend, restore, move }: Reconciliation
): CardRecord[] {
	const written = new Map(cards.map((record) => [record.itemId, record]));
	for (const record of [...add, ...suspend, ...restore, ...move])
		written.set(record.itemId, record);
	return [...written.values()];
}

describe('reconcile', () => {
	it('adds a new, empty card for each item without one', () => {
		const result = reconcile([item('cartels-1'), item('fentanyl-1', 'fentanyl')], [], fixtureNow);
		expect(result.add).toEqual([
			{
				itemId: 'cartels-1',
				setId: 'cartels',
				suspended: false,
				card: expect.objectContaining({ state: State.New, reps: 0, due: fixtureNow })
			},
			{
				itemId: 'fentanyl-1',
				setId: 'fentanyl',
				suspended: false,
				card: expect.objectContaining({ state: State.New, reps: 0, due: fixtureNow })
			}
		]);
		expect(result).toMatchObject({ suspend: [], restore: [], move: [], unchanged: 0 });
	});

	it('keeps the card of an item that is still there (edited items keep their history)', () => {
		const cards = [studied('cartels-1')];
		const result = reconcile([item('cartels-1')], cards, fixtureNow);
		expect(result).toEqual({ add: [], suspend: [], restore: [], move: [], unchanged: 1 });
	});

	it('suspends the card of an item that left the bank, keeping its state', () => {
		const gone = studied('cartels-2');
		const result = reconcile([item('cartels-1')], [studied('cartels-1'), gone], fixtureNow);
		expect(result.suspend).toEqual([{ ...gone, suspended: true }]);
		expect(result.suspend[0]!.card).toEqual(gone.card);
		expect(result.unchanged).toBe(1);
	});

	it('restores a suspended card whose item came back, with its history', () => {
		const back = { ...studied('cartels-2'), suspended: true };
		const result = reconcile([item('cartels-2')], [back], fixtureNow);
		expect(result.restore).toEqual([{ ...back, suspended: false }]);
		expect(result.add).toEqual([]);
	});

	it('leaves a suspended card of an item that is still gone alone', () => {
		const result = reconcile([], [{ ...studied('cartels-2'), suspended: true }], fixtureNow);
		expect(result).toEqual({ add: [], suspend: [], restore: [], move: [], unchanged: 1 });
	});

	it('moves a card whose item changed set, and restores into the new set', () => {
		const moved = studied('shared-1', 'cartels');
		const returning = { ...studied('shared-2', 'cartels'), suspended: true };
		const result = reconcile(
			[item('shared-1', 'fentanyl'), item('shared-2', 'fentanyl')],
			[moved, returning],
			fixtureNow
		);
		expect(result.move).toEqual([{ ...moved, setId: 'fentanyl' }]);
		expect(result.restore).toEqual([{ ...returning, setId: 'fentanyl', suspended: false }]);
	});

	it('does not mutate the cards it is given', () => {
		const cards = [studied('cartels-1'), { ...studied('cartels-2'), suspended: true }];
		const copy = structuredClone(cards);
		reconcile([item('cartels-2')], cards, fixtureNow);
		expect(cards).toEqual(copy);
	});

	it('adds one card for an id listed twice', () => {
		expect(reconcile([item('cartels-1'), item('cartels-1')], [], fixtureNow).add).toHaveLength(1);
	});

	it('is idempotent: once its writes are applied there is nothing left to do', () => {
		const cards = [
			studied('cartels-1'),
			studied('cartels-2'),
			{ ...studied('cartels-3'), suspended: true },
			studied('shared-1', 'cartels')
		];
		const bank = [
			item('cartels-1'),
			item('cartels-3'),
			item('cartels-4'),
			item('shared-1', 'fentanyl')
		];
		const first = reconcile(bank, cards, fixtureNow);
		expect(first).toMatchObject({ unchanged: 1 });
		expect(
			[first.add, first.suspend, first.restore, first.move].map((list) => list.length)
		).toEqual([1, 1, 1, 1]);
		const afterwards = apply(cards, first);
		const second = reconcile(bank, afterwards, new Date(fixtureNow.getTime() + 86_400_000));
		expect(second).toEqual({ add: [], suspend: [], restore: [], move: [], unchanged: 5 });
	});
});
