/**
 * The cards' layout on disk: every card packed into a few large pages, and beside them the cards
 * changed since the pages were last written, one record each (see card-table.ts).
 *
 * Why pages: in Chromium every IndexedDB record costs about 150 µs to write and 25 µs to read,
 * so restoring 10,000 cards one record each took 2 s, while a few pages of packed numbers are
 * written in tens of milliseconds and read as blobs (docs/storage.md). The numbers are split by
 * kind so that a card takes 76 bytes: the queue reads every page, and time grows with bytes.
 * Pure: no IndexedDB here, only the encoding.
 */
import type { Card, State } from 'ts-fsrs';
import type { CardRecord } from '$lib/srs/types';

/** Cards per page: about 170 KB, read as one blob. */
export const CARD_PAGE_CAPACITY = 2048;

/** One stored page; `id`s count from 0. */
export interface CardPage {
	id: number;
	itemIds: string[];
	/** The sets the page's cards belong to, named once each; a card holds its set's position. */
	setIds: string[];
	/** `realFields.length` numbers per card; dates as ms since the epoch, a missing one as NaN. */
	reals: Float64Array;
	/** `wholeFields.length` integers per card; -1 for a missing bank rank. */
	wholes: Int32Array;
}

/** Where each of a card's real numbers sits among its `REALS`. */
const realAt = {
	due: 0,
	last_review: 1,
	stability: 2,
	difficulty: 3,
	elapsed_days: 4,
	scheduled_days: 5
} as const;
/**
 * Where each of a card's whole numbers sits among its `WHOLES`. Every one is below 2^31: the
 * backup schema and the scheduler ensure it.
 */
const wholeAt = {
	state: 0,
	learning_steps: 1,
	reps: 2,
	lapses: 3,
	bankRank: 4,
	set: 5,
	suspended: 6
} as const;
/** The fields in the order a card's numbers hold them (for tests that read pages directly). */
export const realFields = Object.keys(realAt) as (keyof typeof realAt)[];
export const wholeFields = Object.keys(wholeAt) as (keyof typeof wholeAt)[];
const REALS = realFields.length;
const WHOLES = wholeFields.length;

/**
 * Packs cards, in the order given, into pages numbered from 0.
 * @example await requestAll(encodeCards(cards), (page) => store.put(page));
 */
export function encodeCards(cards: readonly CardRecord[]): CardPage[] {
	const pages: CardPage[] = [];
	for (let first = 0; first < cards.length; first += CARD_PAGE_CAPACITY) {
		pages.push(encodePage(pages.length, cards.slice(first, first + CARD_PAGE_CAPACITY)));
	}
	return pages;
}

function encodePage(id: number, cards: readonly CardRecord[]): CardPage {
	const setIds: string[] = [];
	const setNumbers = new Map<string, number>();
	const reals = new Float64Array(cards.length * REALS);
	const wholes = new Int32Array(cards.length * WHOLES);
	cards.forEach(({ setId, card, bankRank, suspended }, index) => {
		let set = setNumbers.get(setId);
		if (set === undefined) {
			set = setIds.push(setId) - 1;
			setNumbers.set(setId, set);
		}
		const real = index * REALS;
		reals[real + realAt.due] = card.due.getTime();
		reals[real + realAt.last_review] = card.last_review?.getTime() ?? Number.NaN;
		reals[real + realAt.stability] = card.stability;
		reals[real + realAt.difficulty] = card.difficulty;
		reals[real + realAt.elapsed_days] = card.elapsed_days;
		reals[real + realAt.scheduled_days] = card.scheduled_days;
		const whole = index * WHOLES;
		wholes[whole + wholeAt.state] = card.state;
		wholes[whole + wholeAt.learning_steps] = card.learning_steps;
		wholes[whole + wholeAt.reps] = card.reps;
		wholes[whole + wholeAt.lapses] = card.lapses;
		wholes[whole + wholeAt.bankRank] = bankRank ?? -1;
		wholes[whole + wholeAt.set] = set;
		wholes[whole + wholeAt.suspended] = suspended ? 1 : 0;
	});
	return { id, itemIds: cards.map((card) => card.itemId), setIds, reals, wholes };
}

/**
 * The fields the queue and the progress counts select by, read without building a record, and
 * where the card is kept, so that the few selected become records (recordOf).
 */
export interface CardFacts {
	itemId: string;
	setId: string;
	state: State;
	/** Milliseconds since the epoch. */
	due: number;
	stability: number;
	/** Absent when the card has no place in the bank (suspended, or imported and not reconciled). */
	bankRank: number | undefined;
	suspended: boolean;
	/** A page and the card's place on it, or the card's own record. */
	source: CardPage | CardRecord;
	index: number;
}

/** @example factsAt(page, 0).due === decodeCard(page, 0).card.due.getTime() */
export function factsAt(page: CardPage, index: number): CardFacts {
	const reals = index * REALS;
	const wholes = index * WHOLES;
	const rank = page.wholes[wholes + wholeAt.bankRank] as number;
	return {
		itemId: page.itemIds[index] as string,
		setId: page.setIds[page.wholes[wholes + wholeAt.set] as number] as string,
		state: page.wholes[wholes + wholeAt.state] as State,
		due: page.reals[reals + realAt.due] as number,
		stability: page.reals[reals + realAt.stability] as number,
		bankRank: rank < 0 ? undefined : rank,
		suspended: page.wholes[wholes + wholeAt.suspended] === 1,
		source: page,
		index
	};
}

/** The same facts of a card kept as a record. @example factsOf(record).due */
export function factsOf(record: CardRecord): CardFacts {
	const { itemId, setId, card, bankRank, suspended } = record;
	return {
		itemId,
		setId,
		state: card.state,
		due: card.due.getTime(),
		stability: card.stability,
		bankRank,
		suspended,
		source: record,
		index: 0
	};
}

/** The whole record of the card `facts` describe. @example selected.map(recordOf) */
export function recordOf(facts: CardFacts): CardRecord {
	const { source, index } = facts;
	return 'reals' in source ? decodeCard(source, index) : source;
}

/**
 * The card at `index` on `page`, exactly as it was encoded (absent fields stay absent).
 * @example decodeCard(encodeCards([record])[0], 0) // deep-equals record
 */
export function decodeCard(page: CardPage, index: number): CardRecord {
	const { reals, wholes } = page;
	const real = index * REALS;
	const whole = index * WHOLES;
	// Optional fields are set afterwards, not spread in: spreading made decoding many times slower.
	const card: Card = {
		due: new Date(reals[real + realAt.due] as number),
		stability: reals[real + realAt.stability] as number,
		difficulty: reals[real + realAt.difficulty] as number,
		elapsed_days: reals[real + realAt.elapsed_days] as number,
		scheduled_days: reals[real + realAt.scheduled_days] as number,
		learning_steps: wholes[whole + wholeAt.learning_steps] as number,
		reps: wholes[whole + wholeAt.reps] as number,
		lapses: wholes[whole + wholeAt.lapses] as number,
		state: wholes[whole + wholeAt.state] as State
	};
	const lastReview = reals[real + realAt.last_review] as number;
	if (!Number.isNaN(lastReview)) card.last_review = new Date(lastReview);
	const record: CardRecord = {
		itemId: page.itemIds[index] as string,
		setId: page.setIds[wholes[whole + wholeAt.set] as number] as string,
		card,
		suspended: wholes[whole + wholeAt.suspended] === 1
	};
	const rank = wholes[whole + wholeAt.bankRank] as number;
	if (rank >= 0) record.bankRank = rank;
	return record;
}

/** Every card on a page, in order. @example pages.flatMap(decodePage) */
export function decodePage(page: CardPage): CardRecord[] {
	return page.itemIds.map((_, index) => decodeCard(page, index));
}
