/**
 * The result code a student reads out or shows as a QR: name, start time, time taken and one
 * outcome per question, packed into one number written in Crockford base 32 with a check character.
 *
 * The number is a mixed-radix value, least significant first: format version, a 20-bit tag, then
 * the payload (start, duration, each question's outcome, the name). The tag is a hash of the quiz
 * key and the payload, so a code typed into the wrong quiz, or edited and given a fresh check
 * character, is rejected; anyone who reads the quiz key out of the link could still forge one.
 */
import * as v from 'valibot';
import type { Item } from '$lib/content/schema';
import type { CheckResult } from '$lib/quiz/check';
import type { Response } from '$lib/quiz/responses';
import { deriveSeed } from '../quiz/shuffle';
import {
	BASE32_ALPHABET,
	base32ToBigint,
	base32Values,
	bigintToBase32,
	checkPasses,
	checkValue
} from './base32';
import { NAME_ALPHABET, nameForCode, nameFromSymbols, nameSymbols } from './student-name';

/** What a result code needs to know about its quiz: the key in its link and the items in link order. */
export interface ResultQuiz {
	key: string;
	items: readonly Item[];
}

/** How a student did on one question. */
export interface ItemOutcome {
	answered: boolean;
	correct: boolean;
	/**
	 * mcq: the index of the chosen option in `item.options` (the bank's order, not the shuffled one);
	 * truefalse: 0 for True, 1 for False; null for other types and unanswered questions.
	 */
	choice: number | null;
}

export interface ClassroomResult {
	/** As {@link nameForCode} gives it. */
	name: string;
	/** Kept to the minute. */
	startedAt: Date;
	/** Whole seconds; longer than {@link MAX_DURATION_SECONDS} is kept as that. */
	durationSeconds: number;
	/** One per quiz item, in the link's order. */
	answers: ItemOutcome[];
}

/** Why a typed or scanned code was not accepted. */
export type ResultCodeProblem =
	/** Nothing but spaces. */
	| 'empty'
	/** A character that is not in the code alphabet. */
	| 'characters'
	/** Far too short or too long for this quiz. */
	| 'length'
	/** The check character does not match: a character was mistyped or two were swapped. */
	| 'check'
	/** Made by a newer app version. */
	| 'version'
	/** Belongs to another quiz, or was changed by hand. */
	| 'other-quiz';

export type DecodedResultCode =
	| { ok: true; result: ClassroomResult; /** Canonical, without spaces. */ code: string }
	| { ok: false; reason: ResultCodeProblem; detail: string };

const FORMAT_VERSIONS = 4n;
const CURRENT_VERSION = 0n;
const TAG_VALUES = 1n << 20n;
/** Start times count minutes from here; 23 bits reach 2041. */
const EPOCH_MS = Date.UTC(2026, 0, 1);
const START_VALUES = 1n << 23n;
const DURATION_VALUES = 1n << 14n;
export const MAX_DURATION_SECONDS = Number(DURATION_VALUES) - 1;
const NAME_BASE = BigInt(NAME_ALPHABET.length);
/** Codes for 20 questions stay within this, check character included. */
export const CODE_LENGTH_TARGET = 40;
const NAME_LENGTH_RANGE = { min: 12, max: 24 } as const;
/** Longer input is not even looked at. */
const MAX_INPUT_LENGTH = 200;

/** The text of a code as typed: the one place its characters are checked. */
const CodeText = v.pipe(
	v.string('characters'),
	v.maxLength(MAX_INPUT_LENGTH, 'length'),
	v.trim(),
	v.nonEmpty('empty'),
	// Crockford's alphabet (O, I and L read as 0, 1, 1; no U), spaces and hyphens between groups.
	v.regex(/^[0-9A-TV-Za-tv-z -]+$/, 'characters')
);
const TEXT_DETAILS = {
	length: 'longer than any result code',
	empty: 'no code',
	characters: 'has characters a result code never has'
} as const;

/** Outcomes per item: unanswered, then (mcq) each option, (truefalse) True / False, (else) wrong / right. */
function radixOf(item: Item): bigint {
	return item.type === 'mcq' ? BigInt(item.options.length + 1) : 3n;
}

function outcomeDigit(item: Item, outcome: ItemOutcome): bigint {
	if (!outcome.answered) return 0n;
	if (item.type === 'mcq' || item.type === 'truefalse') return BigInt((outcome.choice ?? 0) + 1);
	return outcome.correct ? 2n : 1n;
}

function outcomeFromDigit(item: Item, digit: number): ItemOutcome {
	if (digit === 0) return { answered: false, correct: false, choice: null };
	const choice = digit - 1;
	if (item.type === 'mcq') {
		return { answered: true, correct: item.options[choice] === item.answer, choice };
	}
	if (item.type === 'truefalse') {
		return { answered: true, correct: (choice === 0) === item.answer, choice };
	}
	return { answered: true, correct: digit === 2, choice: null };
}

/**
 * The outcome to code for a graded answer (or for none).
 *
 * @example outcomeOf(mcq, { type: 'mcq', choice: mcq.options[2] }, result) // → { answered: true, correct, choice: 2 }
 */
export function outcomeOf(
	item: Item,
	answer: { response: Response; result: CheckResult } | undefined
): ItemOutcome {
	if (!answer) return { answered: false, correct: false, choice: null };
	const { response, result } = answer;
	let choice: number | null = null;
	if (item.type === 'mcq' && response.type === 'mcq')
		choice = item.options.indexOf(response.choice);
	if (item.type === 'truefalse' && response.type === 'truefalse') choice = response.value ? 0 : 1;
	return { answered: true, correct: result.correct, choice };
}

function tagOf(key: string, version: bigint, payload: bigint): bigint {
	return BigInt(deriveSeed(0, `${key}|${version}|${payload.toString(36)}`)) % TAG_VALUES;
}

function startMinutes(startedAt: Date): bigint {
	const minutes = Math.floor((startedAt.getTime() - EPOCH_MS) / 60_000);
	return BigInt(Math.min(Math.max(minutes, 0), Number(START_VALUES) - 1));
}

function nameValue(name: string): bigint {
	let value = 0n;
	for (const symbol of nameSymbols(name).reverse()) value = value * NAME_BASE + BigInt(symbol + 1);
	return value;
}

function payloadOf(result: ClassroomResult, quiz: ResultQuiz): bigint {
	let value = nameValue(result.name);
	for (let i = quiz.items.length - 1; i >= 0; i--) {
		const item = quiz.items[i]!;
		value = value * radixOf(item) + outcomeDigit(item, result.answers[i]!);
	}
	const duration = Math.min(Math.max(Math.round(result.durationSeconds), 0), MAX_DURATION_SECONDS);
	value = value * DURATION_VALUES + BigInt(duration);
	return value * START_VALUES + startMinutes(result.startedAt);
}

/**
 * The code for a student's result, without spaces (see {@link groupsOfFour} to show it).
 *
 * @throws RangeError when the answers do not match the quiz or the name is not one
 *   {@link nameForCode} gives within {@link maxNameLength}.
 * @example encodeResultCode({ name: 'Ana', startedAt, durationSeconds: 312, answers }, quiz) // → '3KX9…'
 */
export function encodeResultCode(result: ClassroomResult, quiz: ResultQuiz): string {
	if (result.answers.length !== quiz.items.length) {
		throw new RangeError(`${result.answers.length} answers for ${quiz.items.length} questions`);
	}
	if (!result.name || nameForCode(result.name) !== result.name) {
		throw new RangeError(`"${result.name}" is not a name as nameForCode gives it`);
	}
	if ([...result.name].length > maxNameLength(quiz)) {
		throw new RangeError(`"${result.name}" is longer than ${maxNameLength(quiz)} characters`);
	}
	const payload = payloadOf(result, quiz);
	const value =
		CURRENT_VERSION +
		FORMAT_VERSIONS * (tagOf(quiz.key, CURRENT_VERSION, payload) + TAG_VALUES * payload);
	const digits = bigintToBase32(value);
	return [...digits, checkValue(digits)].map((digit) => BASE32_ALPHABET[digit]).join('');
}

function fail(reason: ResultCodeProblem, detail: string): DecodedResultCode {
	return { ok: false, reason, detail };
}

/** Splits the payload back into its fields; null when it cannot be one this encoder made. */
function readPayload(payload: bigint, quiz: ResultQuiz): ClassroomResult | null {
	let rest = payload;
	const take = (radix: bigint) => {
		const digit = rest % radix;
		rest /= radix;
		return Number(digit);
	};
	const startedAt = new Date(EPOCH_MS + take(START_VALUES) * 60_000);
	const durationSeconds = take(DURATION_VALUES);
	const answers = quiz.items.map((item) => outcomeFromDigit(item, take(radixOf(item))));
	const symbols: number[] = [];
	while (rest > 0n && symbols.length <= NAME_LENGTH_RANGE.max) {
		rest -= 1n;
		symbols.push(take(NAME_BASE));
	}
	const name = nameFromSymbols(symbols);
	const spelled = symbols.map((symbol) => NAME_ALPHABET[symbol]).join('');
	if (rest > 0n || !name || name.toLowerCase() !== spelled) return null;
	return { name, startedAt, durationSeconds, answers };
}

/**
 * Reads a typed, pasted or scanned result code for `quiz`. Spaces, hyphens and case do not matter;
 * every other problem gives a reason and never throws.
 *
 * @example
 * const decoded = decodeResultCode('3KX9 A0QZ …', quiz);
 * if (decoded.ok) decoded.result.answers.filter((a) => a.correct).length;
 * else decoded.reason; // 'check', 'other-quiz', …
 */
export function decodeResultCode(code: unknown, quiz: ResultQuiz): DecodedResultCode {
	const text = v.safeParse(CodeText, code);
	if (!text.success) {
		const reason = text.issues[0].message as 'length' | 'empty' | 'characters';
		return fail(reason, TEXT_DETAILS[reason]);
	}
	const values = base32Values(text.output)!;
	const longest = Math.max(CODE_LENGTH_TARGET, worstCaseLength(quiz, NAME_LENGTH_RANGE.max));
	if (values.length < 8 || values.length > longest) {
		return fail('length', `${values.length} characters; a code for this quiz has 8 to ${longest}`);
	}
	if (!checkPasses(values)) return fail('check', 'the check character does not match');
	const value = base32ToBigint(values.slice(0, -1));
	const version = value % FORMAT_VERSIONS;
	if (version !== CURRENT_VERSION)
		return fail('version', `format ${version} is newer than this app`);
	const tag = (value / FORMAT_VERSIONS) % TAG_VALUES;
	const payload = value / FORMAT_VERSIONS / TAG_VALUES;
	if (tag !== tagOf(quiz.key, version, payload)) {
		return fail('other-quiz', 'the code does not belong to this quiz');
	}
	const result = readPayload(payload, quiz);
	if (!result) return fail('other-quiz', 'the code does not fit this quiz');
	return { ok: true, result, code: encodeResultCode(result, quiz) };
}

/** Characters of the longest code a name of `nameLength` characters could give for `quiz`. */
function worstCaseLength(quiz: ResultQuiz, nameLength: number): number {
	// The largest name value of at most nameLength symbols, in bijective base NAME_BASE.
	const largestName = (NAME_BASE * (NAME_BASE ** BigInt(nameLength) - 1n)) / (NAME_BASE - 1n);
	let largest = largestName + 1n;
	for (const item of quiz.items) largest *= radixOf(item);
	largest *= DURATION_VALUES * START_VALUES * TAG_VALUES * FORMAT_VERSIONS;
	return bigintToBase32(largest - 1n).length + 1;
}

/**
 * The longest name a student may enter for `quiz`: as long as keeps any code for it within
 * {@link CODE_LENGTH_TARGET} characters (14 at worst for 20 questions), at least 12 and at most 24.
 *
 * @example maxNameLength({ key, items: twentyMcqs }) // → 14
 */
export function maxNameLength(quiz: ResultQuiz): number {
	let length = NAME_LENGTH_RANGE.max;
	while (length > NAME_LENGTH_RANGE.min && worstCaseLength(quiz, length) > CODE_LENGTH_TARGET) {
		length--;
	}
	return length;
}

export { groupsOfFour } from './base32';
export { nameForCode } from './student-name';
