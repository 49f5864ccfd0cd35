/**
 * The ranges a card's and a review's numbers may take, the same where they enter from a backup
 * (backup-schema.ts) and where a review makes them (reviews.ts), so every state a learner can reach
 * exports a backup that imports back. ts-fsrs keeps stability and difficulty within these itself;
 * the counts would grow without end, so a review stops them at the limit.
 */
import { S_MAX, S_MIN } from 'ts-fsrs';
import type { Card } from 'ts-fsrs';

export const CARD_LIMITS = {
	/** reps and lapses: no learner reviews one card a million times. */
	count: 1_000_000,
	/** learning_steps is a position among at most 10 (re)learning steps (srs/settings.ts). */
	learningSteps: 10,
	/** Days: ts-fsrs's largest stability, which is also the longest interval a setting allows. */
	stability: S_MAX,
	/** ts-fsrs's difficulty scale (0 for a card never reviewed). */
	difficulty: 10
} as const;

/**
 * What is wrong with a memory state ts-fsrs would refuse to schedule from, if anything: a card has
 * none yet (stability and difficulty both 0), or a stability of at least S_MIN and a difficulty
 * from 1 to 10. @example memoryProblem(0, 0) === undefined
 */
export function memoryProblem(stability: number, difficulty: number): string | undefined {
	if (stability === 0 && difficulty === 0) return undefined;
	if (stability >= S_MIN && difficulty >= 1) return undefined;
	return `stability ${stability} and difficulty ${difficulty} are no memory state: both 0 (not yet reviewed), or stability at least ${S_MIN} and difficulty from 1 to ${CARD_LIMITS.difficulty}`;
}

/**
 * The card with its counts stopped at the limit.
 * @example boundedCounts({ ...card, reps: 1_000_001 }).reps === 1_000_000
 */
export function boundedCounts(card: Card): Card {
	const { count } = CARD_LIMITS;
	if (card.reps <= count && card.lapses <= count) return card;
	return { ...card, reps: Math.min(card.reps, count), lapses: Math.min(card.lapses, count) };
}

/**
 * How much a backup file may hold: far beyond what a learner reaches, yet small enough that a
 * damaged or hostile file cannot fill the device (whatever an import keeps, every later export
 * carries). docs/backup-format.md states the same.
 */
export const FILE_LIMITS = {
	/** Bytes of the whole file: a million reviews take about 120 MB. */
	bytes: 200 * 1024 * 1024,
	/** Reviews: 270 a day for ten years. */
	reviews: 1_000_000,
	/** Cards: the bank holds a few hundred questions. */
	cards: 100_000,
	/** Saved classroom quizzes, and the results received for them. */
	quizzes: 10_000,
	results: 100_000,
	/** Item ids in one quiz (the app makes quizzes of at most 50 questions). */
	quizItems: 1_000,
	/** Characters of an id (item, set, quiz, result) or a version name; the app's are under 100. */
	idLength: 200,
	/** Characters of a quiz title (the app allows 60). */
	titleLength: 200,
	/** Characters of any other text a quiz or a result holds (names, result codes). */
	textLength: 2_000,
	/** Entries of a list and fields of an object among a quiz's or a result's other fields. */
	entries: 1_000,
	/** How deep lists and objects nest among those fields (the app's nest two deep). */
	depth: 8
} as const;

/** Whole megabytes, rounded up, as a file's size is told. */
export const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

/**
 * What is wrong with a backup file of `bytes`, if anything: checked before the file is read, so an
 * enormous one is refused without filling the memory. @example fileSizeProblem(1_000) === undefined
 */
export function fileSizeProblem(bytes: number): string | undefined {
	if (bytes <= FILE_LIMITS.bytes) return undefined;
	return `the file is ${megabytes(bytes)} MB, more than any Repaso backup (at most ${megabytes(FILE_LIMITS.bytes)} MB)`;
}
