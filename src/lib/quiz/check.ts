/** Grading one response against its item. */
import type { Item, ItemOf, ItemType } from '$lib/content/schema';
import type { Response, ResponseOf } from './responses';
import { expectedAnswer } from './expected';
import { matchText } from './text-match';

/** What the feedback screen can point at beyond right or wrong. */
export type CheckDetail =
	/** Accepted despite a typo: show the accepted spelling. */
	| { kind: 'typo'; spelling: string }
	/** Multi: right options left unticked and wrong options ticked, in option order. */
	| { kind: 'choices'; missed: string[]; wrong: string[] }
	/** Order: the fewest events that must move to fix the order, in their correct order. */
	| { kind: 'order'; misplaced: string[] }
	/** Match: lefts paired with the wrong right, or with none. */
	| { kind: 'match'; wrong: string[] };

export interface CheckResult {
	correct: boolean;
	/** Multi, order and match only: the share that was right, from 0 to 1 (1 when correct). */
	partial?: number;
	/** The correct answer in words, for "The answer was …". */
	expected: string;
	detail?: CheckDetail;
}

/** A programming error: the screen sent an answer shaped for another item type. */
export class ResponseMismatchError extends Error {
	constructor(
		readonly itemId: string,
		readonly itemType: ItemType,
		readonly responseType: ItemType
	) {
		super(`${itemId}: a ${responseType} response cannot answer a ${itemType} item`);
		this.name = 'ResponseMismatchError';
	}
}

function responseTo<T extends ItemType>(item: ItemOf<T>, response: Response): ResponseOf<T> {
	if (response.type !== item.type)
		throw new ResponseMismatchError(item.id, item.type, response.type);
	return response as ResponseOf<T>;
}

/**
 * Grades `response` against `item`. Typed and cloze answers tolerate case, accents, punctuation and
 * small typos but never a different number; multi, order and match are correct only when entirely
 * right and report a `partial` share otherwise.
 *
 * @throws ResponseMismatchError when the response is for another item type.
 * @example
 * checkAnswer(item, { type: 'typed', text: 'lopez obrador' })
 * // → { correct: true, expected: 'López Obrador' }
 */
export function checkAnswer(item: Item, response: Response): CheckResult {
	switch (item.type) {
		case 'flashcard':
			return { correct: responseTo(item, response).knew, expected: expectedAnswer(item) };
		case 'mcq':
			return {
				correct: responseTo(item, response).choice === item.answer,
				expected: expectedAnswer(item)
			};
		case 'truefalse':
			return {
				correct: responseTo(item, response).value === item.answer,
				expected: expectedAnswer(item)
			};
		case 'cloze':
		case 'typed':
			return checkText(item, responseTo(item, response).text);
		case 'multi':
			return checkMulti(item, responseTo(item, response).choices);
		case 'order':
			return checkOrder(item, responseTo(item, response).events);
		case 'match':
			return checkMatch(item, responseTo(item, response).pairs);
	}
}

function checkText(item: ItemOf<'cloze' | 'typed'>, text: string): CheckResult {
	const match = matchText(text, [item.answer, ...(item.accept ?? [])]);
	const result: CheckResult = { correct: match.kind !== 'none', expected: expectedAnswer(item) };
	if (match.kind === 'typo') result.detail = { kind: 'typo', spelling: match.matched };
	return result;
}

/**
 * Partial credit is the overlap of the ticked and right sets over their union (Jaccard), so ticking
 * nothing scores 0 and ticking everything scores only the share of options that are right.
 */
function checkMulti(item: ItemOf<'multi'>, choices: readonly string[]): CheckResult {
	const chosen = new Set(choices);
	const right = new Set(item.answers);
	const missed = item.options.filter((option) => right.has(option) && !chosen.has(option));
	const wrong = item.options.filter((option) => chosen.has(option) && !right.has(option));
	const hits = right.size - missed.length;
	// Ticked texts that are not options at all count against the learner like wrong options.
	const strays = [...chosen].filter((choice) => !item.options.includes(choice)).length;
	const union = right.size + wrong.length + strays;
	return {
		correct: missed.length === 0 && wrong.length === 0 && strays === 0,
		partial: hits / union,
		expected: expectedAnswer(item),
		detail: { kind: 'choices', missed, wrong }
	};
}

/**
 * Partial credit comes from the longest run of events already in the right relative order (a longest
 * increasing subsequence): one event dragged to the wrong end costs one event, where counting events
 * in their exact slot would score that near-perfect answer 0. Scaled so a fully reversed order is 0.
 */
function checkOrder(item: ItemOf<'order'>, events: readonly string[]): CheckResult {
	const texts = item.events.map((event) => event.text);
	const ranks = events.map((text) => texts.indexOf(text)).filter((rank) => rank >= 0);
	const kept = new Set(longestIncreasingSubsequence(ranks));
	const correct = events.length === texts.length && events.every((text, i) => text === texts[i]);
	return {
		correct,
		partial: correct ? 1 : Math.max(0, kept.size - 1) / (texts.length - 1),
		expected: expectedAnswer(item),
		detail: { kind: 'order', misplaced: texts.filter((_, rank) => !kept.has(rank)) }
	};
}

/** One longest strictly increasing subsequence of `values` (the first found); O(n²) for ≤ 6 events. */
function longestIncreasingSubsequence(values: readonly number[]): number[] {
	const lengths = values.map(() => 1);
	const previous = values.map(() => -1);
	for (let i = 0; i < values.length; i++) {
		for (let j = 0; j < i; j++) {
			if (values[j]! < values[i]! && lengths[j]! + 1 > lengths[i]!) {
				lengths[i] = lengths[j]! + 1;
				previous[i] = j;
			}
		}
	}
	let end = lengths.indexOf(Math.max(0, ...lengths));
	const subsequence: number[] = [];
	while (end >= 0) {
		subsequence.unshift(values[end]!);
		end = previous[end]!;
	}
	return subsequence;
}

function checkMatch(item: ItemOf<'match'>, pairs: Readonly<Record<string, string>>): CheckResult {
	const wrong = item.pairs
		.filter((pair) => pairs[pair.left] !== pair.right)
		.map((pair) => pair.left);
	return {
		correct: wrong.length === 0,
		partial: (item.pairs.length - wrong.length) / item.pairs.length,
		expected: expectedAnswer(item),
		detail: { kind: 'match', wrong }
	};
}
