/** What the course is built on: the article its questions quote and its notes retell. */

/** The article's title, as published; the article itself is not shipped, only short quotes. */
export const articleTitle =
	'How Drug Cartels Are Driving Mexico and Central America Towards Conflict with the USA';

/** Words a learner reads in a minute, for study notes (a relaxed pace for reading to learn). */
const wordsPerMinute = 200;

/**
 * Minutes it takes to read `text`, rounded up, at least one.
 * @example readingMinutes('word '.repeat(450)) === 3
 */
export function readingMinutes(text: string): number {
	const words = text.split(/\s+/).filter(Boolean).length;
	return Math.max(1, Math.ceil(words / wordsPerMinute));
}
