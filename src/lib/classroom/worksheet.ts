/**
 * A classroom quiz laid out for paper: what each question shows and how it is answered with a pen,
 * and the answer key in the same letters and numbers. Options keep the bank's order and events and
 * matches are shuffled with the quiz's seed, exactly as the presenter shows them, so a projected
 * quiz and a printed one use the same letters.
 */
import type { Item } from '$lib/content/schema';
import { displayPrompt } from '$lib/quiz/prompt';
import { shuffleEvents, shuffleRights } from '$lib/quiz/shuffle';

/** A, B, C… for options and matches (items have at most 6). */
export const letter = (index: number): string => String.fromCharCode(65 + index);

/** How a question is answered on paper. */
export type PaperQuestion =
	| { kind: 'choose-one' | 'choose-all'; prompt: string; options: string[] }
	/** Typed, cloze and flashcard items: a line to write on. */
	| { kind: 'write'; prompt: string }
	/** Events in a shuffled order, each with a box for its number from 1 (earliest). */
	| { kind: 'order'; prompt: string; events: string[] }
	/** Numbered lefts, each with a blank for the letter of its right; lettered rights. */
	| { kind: 'match'; prompt: string; lefts: string[]; rights: string[] };

/** One line of the answer key: the short answer to mark by, then the answer in words. */
export interface KeyEntry {
	mark: string;
	words: string;
}

export interface Worksheet {
	questions: PaperQuestion[];
	key: KeyEntry[];
}

/** The interface's words for true and false, in the teacher's language. */
export interface TrueFalseLabels {
	true: string;
	false: string;
}

function paperQuestion(item: Item, seed: number, labels: TrueFalseLabels): PaperQuestion {
	const prompt = displayPrompt(item);
	switch (item.type) {
		case 'mcq':
			return { kind: 'choose-one', prompt, options: item.options };
		case 'multi':
			return { kind: 'choose-all', prompt, options: item.options };
		case 'truefalse':
			return { kind: 'choose-one', prompt, options: [labels.true, labels.false] };
		case 'order':
			return { kind: 'order', prompt, events: shuffleEvents(item, seed) };
		case 'match':
			return {
				kind: 'match',
				prompt,
				lefts: item.pairs.map((pair) => pair.left),
				rights: shuffleRights(item, seed)
			};
		case 'typed':
		case 'cloze':
		case 'flashcard':
			return { kind: 'write', prompt };
	}
}

function keyEntry(item: Item, question: PaperQuestion, labels: TrueFalseLabels): KeyEntry {
	switch (item.type) {
		case 'mcq':
			return { mark: letter(item.options.indexOf(item.answer)), words: item.answer };
		case 'multi':
			return {
				mark: item.options
					.flatMap((option, index) => (item.answers.includes(option) ? [letter(index)] : []))
					.join(', '),
				words: item.answers.join(', ')
			};
		case 'truefalse': {
			const words = item.answer ? labels.true : labels.false;
			return { mark: letter(item.answer ? 0 : 1), words };
		}
		case 'order': {
			// The number each printed event gets, read down the page.
			const printed = question.kind === 'order' ? question.events : [];
			const texts = item.events.map((event) => event.text);
			return {
				mark: printed.map((text) => texts.indexOf(text) + 1).join(', '),
				words: item.events.map((event) => `${event.text} (${event.year})`).join(' → ')
			};
		}
		case 'match': {
			const rights = question.kind === 'match' ? question.rights : [];
			return {
				mark: item.pairs
					.map((pair, index) => `${index + 1}–${letter(rights.indexOf(pair.right))}`)
					.join(', '),
				words: item.pairs.map((pair) => `${pair.left} → ${pair.right}`).join('; ')
			};
		}
		case 'typed':
		case 'cloze':
			return { mark: item.answer, words: '' };
		case 'flashcard':
			return { mark: item.back, words: '' };
	}
}

/**
 * The worksheet and its answer key for a quiz's items, in the quiz's order.
 *
 * @example worksheet([mcqItem], 7, { true: 'True', false: 'False' }).key[0] // → { mark: 'B', words: 'Honduras' }
 */
export function worksheet(
	items: readonly Item[],
	seed: number,
	labels: TrueFalseLabels
): Worksheet {
	const questions = items.map((item) => paperQuestion(item, seed, labels));
	return {
		questions,
		key: items.map((item, index) => keyEntry(item, questions[index]!, labels))
	};
}
