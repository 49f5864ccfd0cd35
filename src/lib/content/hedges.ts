/**
 * Claims the article only reports, suggests or alleges. Our explanations and notes may repeat them
 * only with a hedge in the same sentence ("the DEA suggested", "the article reports"), never as
 * plain fact. The list is documented in questions/FORMAT.md; keep the two in step.
 */

export interface HedgedClaim {
	/** What the claim is, for the problem message. */
	name: string;
	/** Matches a sentence that makes the claim. */
	pattern: RegExp;
}

export const HEDGED_CLAIMS: readonly HedgedClaim[] = [
	{
		name: 'López Obrador receiving cartel funds (DEA findings only suggested it)',
		pattern:
			/\b(?:received|receiving|took|taking|accepted|got)\b[^.]{0,40}\b(?:funds|money|payments?|cash)\b/iu
	},
	{
		name: 'the Biden administration backing Castro (as the article reports it)',
		pattern: /\bback(?:ed|ing|s)?\b[^.]{0,40}\bCastro\b|\bCastro\b[^.]{0,40}\bbacked\b/iu
	},
	{
		name: 'Bukele negotiating with MS-13 (investigative reports suggested it)',
		pattern: /\b(?:negotiat\w*|deals?|pacts?|truce)\b[^.]{0,40}\bMS-13\b/iu
	},
	{
		name: 'Zelaya having cartel ties (only alleged)',
		pattern: /\bZelaya\b[^.]{0,40}\bties\b/iu
	}
];

/** Words that mark a claim as reported rather than established. */
const hedge =
	/\b(?:suggest\w*|alleg\w*|report\w*|reportedly|according|says?|said|claim\w*|may|might|possibly|suspect\w*|suspicions?|accus\w*|article)\b/iu;

const sentences = /[^.!?]+[.!?]*/gu;

/**
 * The hedged claims `text` states as plain fact: sentences that make one with no hedge word.
 *
 * @example unhedgedClaims('The DEA suggested he received cartel funds.') // → []
 */
export function unhedgedClaims(text: string): { claim: string; sentence: string }[] {
	return (text.match(sentences) ?? []).flatMap((raw) => {
		const sentence = raw.trim();
		if (hedge.test(sentence)) return [];
		return HEDGED_CLAIMS.filter(({ pattern }) => pattern.test(sentence)).map(({ name }) => ({
			claim: name,
			sentence
		}));
	});
}
