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
 * Words that may not stand before a name as if they were given names: they change what is said
 * ("not Castro") or are not names at all.
 */
const notGivenNames = new Set(
	'a an and but no non not nor or anti ex former than the this that of in on at by from for'.split(
		' '
	)
);

/** At most this many given names before a surname ("José Manuel Zelaya"). */
const MAX_GIVEN_NAMES = 3;

/**
 * True when the key writes `form` as led by a proper name: capitalised, no digits ("Biden",
 * "Lobo Sosa", "Biden administration"; not "the Biden administration" or "MS-13").
 */
function startsWithName(form: string): boolean {
	return /^\p{Lu}/u.test(form.trim()) && !/\d/u.test(form);
}

/**
 * True when `folded` is the name `foldedName` with given names before it, as a teacher accepts
 * "Joe Biden" for "Biden": up to three extra words of letters only, none of them a word that
 * changes the meaning or names a number.
 */
function isFullNameOf(folded: string, foldedName: string): boolean {
	if (!folded.endsWith(` ${foldedName}`)) return false;
	const given = folded.slice(0, -foldedName.length - 1).split(' ');
	return (
		given.length <= MAX_GIVEN_NAMES &&
		given.every(
			(word) => /^\p{L}{2,}$/u.test(word) && !notGivenNames.has(word) && !numberWords.has(word)
		)
	);
}

/**
 * Compares `response` with each accepted form after folding. An exact match wins, and so does a
 * full name for an accepted form led by a proper name ("Joe Biden" for "Biden"); otherwise the
 * closest form within its typo allowance (the first listed among equals). Digits and number words
 * must match exactly.
 *
 * @example matchText('lopez obrador', ['Andrés Manuel López Obrador', 'López Obrador'])
 *   // → { kind: 'exact', matched: 'López Obrador' }
 * @example matchText('Joe Biden', ['Biden administration', 'Biden'])
 *   // → { kind: 'exact', matched: 'Biden' }
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
	const name = candidates.find(
		(candidate) => startsWithName(candidate.text) && isFullNameOf(folded, candidate.folded)
	);
	if (name) return { kind: 'exact', matched: name.text };
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
