/**
 * Text normalisation shared by the content check and the app: one rule for "the quote is in the
 * article" and one for "these two answers are the same".
 */

const curlySingle = /[‘’]/gu;
const curlyDouble = /[“”]/gu;
const whitespace = /\s+/gu;
const combiningMarks = /\p{M}+/gu;
const punctuationOrSymbols = /[\p{P}\p{S}]+/gu;
const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * Makes curly and straight quote marks alike and collapses whitespace, leaving everything else
 * (case, spelling, other punctuation) untouched, so a quote still has to be verbatim.
 *
 * @example normaliseQuote('Trump’s  “Kingpin\nStrategy”') === 'Trump\'s "Kingpin Strategy"'
 */
export function normaliseQuote(text: string): string {
	return text.replace(curlySingle, "'").replace(curlyDouble, '"').replace(whitespace, ' ').trim();
}

/**
 * Lowercases, strips accents (NFD, then drops combining marks), turns punctuation and symbols into
 * spaces and collapses whitespace, so "López-Obrador!" and "lopez obrador" compare equal. The same
 * rule as `$lib/quiz/fold.ts`, so the check and the answer checker agree on what counts as a variant.
 *
 * @example foldForComparison('  López-Obrador! ') === 'lopez obrador'
 */
export function foldForComparison(text: string): string {
	return text
		.normalize('NFD')
		.replace(combiningMarks, '')
		.toLowerCase()
		.replace(punctuationOrSymbols, ' ')
		.replace(whitespace, ' ')
		.trim();
}

/**
 * Counts the whitespace-separated words that hold a letter or digit, so a dash or an ellipsis
 * standing alone is not a word.
 *
 * @example countWords('Sheinbaum — in office since October') === 5
 */
export function countWords(text: string): number {
	return text.split(whitespace).filter((token) => letterOrDigit.test(token)).length;
}
