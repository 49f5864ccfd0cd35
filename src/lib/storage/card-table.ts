/**
 * All the cards as stored: the pages, overlaid with the cards changed since they were written.
 * A review writes only its card's change record, which is small and quick; once `FOLD_AT` cards
 * have changed, the changes are folded into freshly written pages, so reading stays quick too.
 * Pure: built from what the stores returned.
 */
import type { CardRecord } from '$lib/srs/types';
import {
	decodeCard,
	factsAt,
	factsOf,
	recordOf,
	type CardFacts,
	type CardPage
} from './card-pages';

/** How many changed cards are kept beside the pages before they are folded into them. */
export const FOLD_AT = 128;

export class CardTable {
	readonly #pages: readonly CardPage[];
	readonly #changed: ReadonlyMap<string, CardRecord>;

	/** @example new CardTable(await pages.getAll(), await changes.getAll()) */
	constructor(pages: readonly CardPage[], changed: readonly CardRecord[]) {
		this.#pages = pages;
		this.#changed = new Map(changed.map((record) => [record.itemId, record]));
	}

	/**
	 * Every card's facts, each card once, in page order; a card that changed has its change's
	 * facts, and changed cards not on the pages come last. One small object per card, and no
	 * records: the queue scans 10,000 of these per read.
	 */
	facts(): CardFacts[] {
		const facts: CardFacts[] = [];
		const changesMet = new Set<string>();
		for (const page of this.#pages) {
			for (let index = 0; index < page.itemIds.length; index++) {
				const change = this.#changed.get(page.itemIds[index] as string);
				if (change) changesMet.add(change.itemId);
				facts.push(change ? factsOf(change) : factsAt(page, index));
			}
		}
		for (const change of this.#changed.values()) {
			if (!changesMet.has(change.itemId)) facts.push(factsOf(change));
		}
		return facts;
	}

	/** @example table.get('timeline-3')?.card.due */
	get(itemId: string): CardRecord | undefined {
		const change = this.#changed.get(itemId);
		if (change) return change;
		for (const page of this.#pages) {
			const index = page.itemIds.indexOf(itemId);
			if (index >= 0) return decodeCard(page, index);
		}
		return undefined;
	}

	/** Every card's record, in page order, with the changes applied. */
	records(): CardRecord[] {
		return this.facts().map(recordOf);
	}
}

/**
 * `cards` with each of `replacements` in place of the card for its item, and the rest added after
 * them, so cards keep their place in the pages.
 * @example replaceCards(table.records(), [reviewed]) // same length, one card changed
 */
export function replaceCards(
	cards: readonly CardRecord[],
	replacements: readonly CardRecord[]
): CardRecord[] {
	const pending = new Map(replacements.map((record) => [record.itemId, record]));
	const kept = cards.map((record) => {
		const replacement = pending.get(record.itemId);
		pending.delete(record.itemId);
		return replacement ?? record;
	});
	return [...kept, ...pending.values()];
}

/** Orders cards by item id as IndexedDB orders string keys. @example records.sort(byItemId) */
export function byItemId(a: CardRecord, b: CardRecord): number {
	return a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
}
