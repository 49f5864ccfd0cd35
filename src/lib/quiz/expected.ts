/** The correct answer of an item in words, for feedback, answer keys and set pages. */
import type { Item } from '$lib/content/schema';
import { contentLanguage } from '$lib/content/language';
import { m } from '$lib/paraglide/messages.js';

/**
 * @example expectedAnswer(orderItem) // 'Noriega overthrown (1990) → Escobar killed (1993)'
 */
export function expectedAnswer(item: Item): string {
	switch (item.type) {
		case 'flashcard':
			return item.back;
		case 'mcq':
		case 'cloze':
		case 'typed':
			return item.answer;
		case 'truefalse':
			// The interface's words for true and false, in the learner's language.
			return item.answer ? m.answer_true() : m.answer_false();
		case 'multi':
			return item.answers.join(', ');
		case 'order':
			return item.events.map((event) => `${event.text} (${event.year})`).join(' → ');
		case 'match':
			return item.pairs.map((pair) => `${pair.left} → ${pair.right}`).join('; ');
	}
}

/** The language {@link expectedAnswer} is in: the bank's, except the interface's true and false. */
export function expectedAnswerLanguage(item: Item): string | null {
	return item.type === 'truefalse' ? null : contentLanguage;
}
