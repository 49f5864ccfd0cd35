/**
 * Matching a typed answer against the accepted forms: tolerant of case, accents, punctuation and small
 * typos, but never of a different number.
 */
import { editDistance } from './edit-distance';
import { foldForComparison } from '$lib/content/normalise';

export type TextMatch =
	{ kind: 'exact'; matched: string } | { kind: 'typo'; matched: string } | { kind: 'none' };

/**
 * Words that name a number. A one-letter slip between two of them ("million"/"billion",
 * "sixth"/"sixty") changes the fact, so a typo may never introduce one the answer lacks.
 */
const numberWords = new Set(
	(
		'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
		'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
		'hundred hundreds thousand thousands million millions billion billions trillion trillions ' +
		'dozen dozens first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth ' +
		'twentieth thirtieth fortieth fiftieth hundredth thousandth millionth billionth half quarter'
	).split(' ')
);

/**
 * Edits a typo may cost: none for very short answers (where one letter is often another word or
 * code), then one, then two.
 */
export function typoAllowance(foldedAnswer: string): number {
	const length = Array.from(foldedAnswer).length;
	if (length <= 3) return 0;
	return length <= 7 ? 1 : 2;
}

/** True when `response` states the same numbers as `answer`, so a typo cannot change a fact. */
function sameNumbers(foldedResponse: string, foldedAnswer: string): boolean {
	// Separators inside numbers vary ("10,000", "10 000", "9/11"), so only the digits in order count.
	const digits = (text: string) => text.replace(/\D/gu, '');
	if (digits(foldedResponse) !== digits(foldedAnswer)) return false;
	// A misspelt number word ("fourty") is a typo; a correctly spelt different one is a different number.
	const answerWords = new Set(foldedAnswer.split(' '));
	return foldedResponse.split(' ').every((word) => !numberWords.has(word) || answerWords.has(word));
}

/**
 * Compares `response` with each accepted form after folding. An exact match wins; otherwise the
 * closest form within its typo allowance (the first listed among equals). Digits and number words
 * must match exactly.
 *
 * @example matchText('lopez obrador', ['Andrés Manuel López Obrador', 'López Obrador'])
 *   // → { kind: 'exact', matched: 'López Obrador' }
 * @example matchText('MS-12', ['MS-13']) // → { kind: 'none' }
 */
export function matchText(response: string, accepted: readonly string[]): TextMatch {
	const folded = foldForComparison(response);
	if (folded === '') return { kind: 'none' };
	const candidates = accepted
		.map((text) => ({ text, folded: foldForComparison(text) }))
		.filter((candidate) => candidate.folded !== '');
	const exact = candidates.find((candidate) => candidate.folded === folded);
	if (exact) return { kind: 'exact', matched: exact.text };
	let closest: { text: string; distance: number } | undefined;
	for (const candidate of candidates) {
		if (!sameNumbers(folded, candidate.folded)) continue;
		const distance = editDistance(folded, candidate.folded);
		if (distance <= typoAllowance(candidate.folded) && distance < (closest?.distance ?? Infinity)) {
			closest = { text: candidate.text, distance };
		}
	}
	return closest ? { kind: 'typo', matched: closest.text } : { kind: 'none' };
}
