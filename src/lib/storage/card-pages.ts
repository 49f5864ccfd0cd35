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

export const realFields = [
	'due',
	'last_review',
	'stability',
	'difficulty',
	'elapsed_days',
	'scheduled_days'
] as const;
/** Every one is a whole number below 2^31: the backup schema and the scheduler ensure it. */
export const wholeFields = [
	'state',
	'learning_steps',
	'reps',
	'lapses',
	'bankRank',
	'set',
	'suspended'
] as const;
const REALS = realFields.length;
const WHOLES = wholeFields.length;
const real = Object.fromEntries(realFields.map((name, index) => [name, index])) as Record<
	(typeof realFields)[number],
	number
>;
const whole = Object.fromEntries(wholeFields.map((name, index) => [name, index])) as Record<
	(typeof wholeFields)[number],
	number
>;

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
		reals.set(
			[
				card.due.getTime(),
				card.last_review?.getTime() ?? Number.NaN,
				card.stability,
				card.difficulty,
				card.elapsed_days,
				card.scheduled_days
			],
			index * REALS
		);
		wholes.set(
			[
				card.state,
				card.learning_steps,
				card.reps,
				card.lapses,
				bankRank ?? -1,
				set,
				suspended ? 1 : 0
			],
			index * WHOLES
		);
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
	const rank = page.wholes[wholes + whole.bankRank] as number;
	return {
		itemId: page.itemIds[index] as string,
		setId: page.setIds[page.wholes[wholes + whole.set] as number] as string,
		state: page.wholes[wholes + whole.state] as State,
		due: page.reals[reals + real.due] as number,
		stability: page.reals[reals + real.stability] as number,
		bankRank: rank < 0 ? undefined : rank,
		suspended: page.wholes[wholes + whole.suspended] === 1,
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
	const facts = factsAt(page, index);
	const reals = index * REALS;
	const wholes = index * WHOLES;
	const number = (field: number) => page.reals[reals + field] as number;
	const lastReview = number(real.last_review);
	const card: Card = {
		due: new Date(facts.due),
		stability: facts.stability,
		difficulty: number(real.difficulty),
		elapsed_days: number(real.elapsed_days),
		scheduled_days: number(real.scheduled_days),
		learning_steps: page.wholes[wholes + whole.learning_steps] as number,
		reps: page.wholes[wholes + whole.reps] as number,
		lapses: page.wholes[wholes + whole.lapses] as number,
		state: facts.state,
		...(!Number.isNaN(lastReview) && { last_review: new Date(lastReview) })
	};
	return {
		itemId: facts.itemId,
		setId: facts.setId,
		card,
		suspended: facts.suspended,
		...(facts.bankRank !== undefined && { bankRank: facts.bankRank })
	};
}

/** Every card on a page, in order. @example pages.flatMap(decodePage) */
export function decodePage(page: CardPage): CardRecord[] {
	return page.itemIds.map((_, index) => decodeCard(page, index));
}
