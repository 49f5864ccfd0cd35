/** The prompt as shown to the learner, where the screen says part of it better than the text. */
import type { Item } from '$lib/content/schema';

/** "Select all that apply." at the end of a multi prompt: the answer controls say it once. */
const multiInstruction = /\s*(?:select|choose|tick|mark) all that apply\.?\s*$/iu;

/**
 * The prompt without what the answer controls already say: a cloze blank widened to a visible gap,
 * and a multi item's "Select all that apply" left to the checkbox group.
 *
 * @example displayPrompt(multiItem) // 'Which countries … operates?' (instruction dropped)
 */
export function displayPrompt(item: Item): string {
	if (item.type === 'cloze') return item.prompt.replace('___', '_____');
	if (item.type === 'multi') return item.prompt.replace(multiInstruction, '');
	return item.prompt;
}
