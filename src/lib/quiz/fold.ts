/**
 * Text folding for answer comparison. The content engineer's `foldForComparison` in
 * `$lib/content/normalise.ts` did not exist when this was written; this is the same rule, kept local so
 * the quiz module has no wait on it. Swap the import once both exist and agree.
 */

const combiningMarks = /\p{M}+/gu;
const punctuationOrSymbols = /[\p{P}\p{S}]+/gu;
const spaces = /\s+/gu;

/**
 * Lowercases, strips accents (NFD, then drops combining marks), turns punctuation and symbols into
 * spaces and collapses whitespace, so "López-Obrador!" and "lopez obrador" compare equal.
 *
 * @example foldForComparison('  López-Obrador! ') === 'lopez obrador'
 */
export function foldForComparison(text: string): string {
	return text
		.normalize('NFD')
		.replace(combiningMarks, '')
		.toLowerCase()
		.replace(punctuationOrSymbols, ' ')
		.replace(spaces, ' ')
		.trim();
}
