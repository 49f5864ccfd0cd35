/**
 * The quiz link a teacher shares: `/take#<payload>`, where the payload is base64url bytes holding
 * the quiz key, the content version, a seed, the settings, the title and the items as positions in
 * the bank, sealed with a 32-bit checksum. {@link decodeQuizLink} is the one boundary where a link
 * from outside becomes a {@link QuizLink}: whatever it is given, it returns the link or a reason.
 *
 * Layout: format (1 byte) · content version (6) · quiz key (6) · seed (4) · flags (1) ·
 * time limit in minutes (varint, 0 for none) · item count (varint) · positions (varints) ·
 * title length (varint) · title UTF-8 · checksum (4).
 */
import * as v from 'valibot';
import { deriveSeed } from '../quiz/shuffle';
import { ByteReader, ByteWriter, fromBase64Url, toBase64Url, TruncatedError } from './bytes';

const FORMAT = 1;
export const MAX_QUESTIONS = 50;
export const MAX_TIME_LIMIT_MINUTES = 240;
export const MAX_TITLE_LENGTH = 60;
const MAX_TITLE_BYTES = 100;
/** Positions fit two varint bytes. */
const MAX_POSITION = 2 ** 14 - 1;
/** Longer than any link this app makes, with room for a long origin. */
const MAX_LINK_LENGTH = 1000;
const CHECKSUM_SEED = 0x52505351;

const FLAG_SHUFFLE_QUESTIONS = 1;
const FLAG_SHUFFLE_OPTIONS = 2;
const FLAG_FEEDBACK_DURING = 4;
const FLAG_SHOW_ANSWERS = 8;

const hex12 = v.pipe(v.string(), v.regex(/^[0-9a-f]{12}$/, 'must be 12 hex digits'));

export const QuizSettings = v.strictObject({
	shuffleQuestions: v.boolean(),
	shuffleOptions: v.boolean(),
	/** Right or wrong after each answer, or only on the end screen. */
	feedback: v.picklist(['during', 'end']),
	/** Whether the end screen shows the right answers. */
	showAnswers: v.boolean(),
	/** For the whole quiz; null for none. */
	timeLimitMinutes: v.nullable(
		v.pipe(
			v.number(),
			v.integer(),
			v.minValue(1, 'must be at least 1'),
			v.maxValue(MAX_TIME_LIMIT_MINUTES, `must be at most ${MAX_TIME_LIMIT_MINUTES}`)
		)
	)
});
export type QuizSettings = v.InferOutput<typeof QuizSettings>;

export const QuizTitle = v.pipe(
	v.string(),
	v.minLength(1, 'must not be empty'),
	v.maxLength(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters`),
	v.check((title) => title.trim() === title, 'must not start or end with spaces'),
	v.check((title) => !/[\p{Cc}\p{Cf}]/u.test(title), 'must not hold control characters'),
	v.check(
		(title) => new TextEncoder().encode(title).length <= MAX_TITLE_BYTES,
		`must fit ${MAX_TITLE_BYTES} bytes`
	)
);

export const QuizLink = v.strictObject({
	/** Binds result codes to this quiz; also names the student's saved attempt. */
	key: hex12,
	/** The bank the positions refer to. */
	contentVersion: hex12,
	/** Seeds the question order and the option shuffles. */
	seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
	title: QuizTitle,
	/** Indexes into every item of the bank, sets in id order and items in set order. */
	positions: v.pipe(
		v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_POSITION))),
		v.minLength(1, 'needs at least one question'),
		v.maxLength(MAX_QUESTIONS, `at most ${MAX_QUESTIONS} questions`),
		v.check((positions) => new Set(positions).size === positions.length, 'repeats a question')
	),
	settings: QuizSettings
});
export type QuizLink = v.InferOutput<typeof QuizLink>;

/** Why a link was not accepted. */
export type QuizLinkProblem =
	/** No quiz after `#`. */
	| 'empty'
	/** Far longer than any quiz link. */
	| 'too-long'
	/** Characters a quiz link never has (HTML, `javascript:`, spaces…). */
	| 'characters'
	/** Cut short, or changed: the checksum does not match. */
	| 'damaged'
	/** Made by a newer version of the app. */
	| 'version'
	/** Sealed correctly but holding values this app never makes. */
	| 'invalid';

export type DecodedQuizLink =
	{ ok: true; link: QuizLink } | { ok: false; reason: QuizLinkProblem; detail: string };

const DETAILS: Record<Exclude<QuizLinkProblem, 'invalid'>, string> = {
	empty: 'there is no quiz after the #',
	'too-long': `longer than ${MAX_LINK_LENGTH} characters`,
	characters: 'has characters a quiz link never has',
	damaged: 'the link is cut short or changed',
	version: 'made by a newer version of the app'
};

function checksum(bytes: Uint8Array): number {
	return deriveSeed(CHECKSUM_SEED, String.fromCharCode(...bytes));
}

const hexBytes = (hex: string) =>
	Array.from({ length: 6 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
const bytesHex = (bytes: Uint8Array) =>
	[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * The part of a link after `#`.
 *
 * @throws ValiError when `link` is not a valid {@link QuizLink} (a programming error).
 * @example `${origin}/take#${encodeQuizLink(link)}`
 */
export function encodeQuizLink(link: QuizLink): string {
	const { key, contentVersion, seed, title, positions, settings } = v.parse(QuizLink, link);
	const flags =
		(settings.shuffleQuestions ? FLAG_SHUFFLE_QUESTIONS : 0) |
		(settings.shuffleOptions ? FLAG_SHUFFLE_OPTIONS : 0) |
		(settings.feedback === 'during' ? FLAG_FEEDBACK_DURING : 0) |
		(settings.showAnswers ? FLAG_SHOW_ANSWERS : 0);
	const titleBytes = new TextEncoder().encode(title);
	const writer = new ByteWriter()
		.byte(FORMAT)
		.bytes(hexBytes(contentVersion))
		.bytes(hexBytes(key))
		.uint32(seed)
		.byte(flags)
		.varint(settings.timeLimitMinutes ?? 0)
		.varint(positions.length);
	for (const position of positions) writer.varint(position);
	return sealLinkBytes(writer.varint(titleBytes.length).bytes(titleBytes).toBytes());
}

/** The payload text for `body` with its checksum appended. */
export function sealLinkBytes(body: Uint8Array): string {
	return toBase64Url(new ByteWriter().bytes(body).uint32(checksum(body)).toBytes());
}

/** The fields as stored; the {@link QuizLink} schema then checks their values. */
function readFields(bytes: Uint8Array): unknown {
	const reader = new ByteReader(bytes);
	reader.byte();
	const contentVersion = bytesHex(reader.take(6));
	const key = bytesHex(reader.take(6));
	const seed = reader.uint32();
	const flags = reader.byte();
	const timeLimit = reader.varint();
	const count = reader.varint();
	if (count > MAX_QUESTIONS) throw new TruncatedError('too many questions to read');
	const positions = Array.from({ length: count }, () => reader.varint());
	const titleLength = reader.varint();
	if (titleLength > MAX_TITLE_BYTES) throw new TruncatedError('the title is too long to read');
	const title = new TextDecoder('utf-8', { fatal: true }).decode(reader.take(titleLength));
	if (reader.remaining !== 0) throw new TruncatedError('has bytes after the title');
	if (flags > 15) throw new TruncatedError('unknown settings');
	return {
		key,
		contentVersion,
		seed,
		title,
		positions,
		settings: {
			shuffleQuestions: Boolean(flags & FLAG_SHUFFLE_QUESTIONS),
			shuffleOptions: Boolean(flags & FLAG_SHUFFLE_OPTIONS),
			feedback: flags & FLAG_FEEDBACK_DURING ? 'during' : 'end',
			showAnswers: Boolean(flags & FLAG_SHOW_ANSWERS),
			timeLimitMinutes: timeLimit === 0 ? null : timeLimit
		}
	};
}

/** A whole link, `/take#…`, `#…` or just the payload: the quiz is what follows the last `#`. */
const LinkInput = v.pipe(
	v.string('characters'),
	v.maxLength(MAX_LINK_LENGTH, 'too-long'),
	v.transform((text) => text.slice(text.lastIndexOf('#') + 1).trim()),
	v.nonEmpty('empty'),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		const bytes = fromBase64Url(dataset.value);
		if (!bytes) {
			addIssue({ message: 'characters' });
			return NEVER;
		}
		if (
			bytes.length < 5 ||
			checksum(bytes.slice(0, -4)) !== new ByteReader(bytes.slice(-4)).uint32()
		) {
			addIssue({ message: 'damaged' });
			return NEVER;
		}
		if (bytes[0] !== FORMAT) {
			addIssue({ message: 'version' });
			return NEVER;
		}
		try {
			return readFields(bytes.slice(0, -4));
		} catch {
			addIssue({ message: 'invalid' });
			return NEVER;
		}
	}),
	QuizLink
);

/**
 * Reads a quiz link; never throws, and a rejection says why.
 *
 * @example
 * const decoded = decodeQuizLink(location.hash);
 * if (!decoded.ok) showProblem(decoded.reason); // 'damaged', 'characters', …
 */
export function decodeQuizLink(input: unknown): DecodedQuizLink {
	const parsed = v.safeParse(LinkInput, input);
	if (parsed.success) return { ok: true, link: parsed.output };
	const issue = parsed.issues[0];
	if (issue.path?.length) {
		const where = issue.path.map((item) => String(item.key)).join('.');
		return { ok: false, reason: 'invalid', detail: `${where}: ${issue.message}` };
	}
	const reason = issue.message as QuizLinkProblem;
	return {
		ok: false,
		reason,
		detail: reason === 'invalid' ? 'holds values this app never makes' : DETAILS[reason]
	};
}

/**
 * A fresh quiz key from 6 random bytes (passed in, so this module stays pure).
 *
 * @example newQuizKey(crypto.getRandomValues(new Uint8Array(6)))
 */
export function newQuizKey(randomBytes: Uint8Array): string {
	return bytesHex(randomBytes.slice(0, 6));
}
