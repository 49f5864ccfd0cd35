/**
 * Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions, each substring
 * edited once). Hand-written because no declared dependency provides it: `fastest-levenshtein` would be
 * the maintained choice, though it counts a swapped pair of letters as two edits, not one.
 */

/**
 * The fewest insertions, deletions, substitutions and adjacent swaps that turn `a` into `b`, counted
 * in code points so an accented or astral character is one edit.
 *
 * @example editDistance('Zelyaa', 'Zelaya') === 1 // one swap
 */
export function editDistance(a: string, b: string): number {
	const s = Array.from(a);
	const t = Array.from(b);
	// Only three rows are ever read: the transposition step looks two rows back.
	let twoBack: number[] = [];
	let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
	for (let i = 1; i <= s.length; i++) {
		const current = [i];
		for (let j = 1; j <= t.length; j++) {
			const substitution = previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1);
			let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
				best = Math.min(best, twoBack[j - 2]! + 1);
			}
			current.push(best);
		}
		twoBack = previous;
		previous = current;
	}
	return previous[t.length]!;
}
