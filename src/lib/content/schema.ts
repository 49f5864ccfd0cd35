/**
 * The question-set format: one valibot definition gives the TypeScript types, the runtime validation
 * of question files, and (through scripts/content-schema.ts) questions/schema.json for editors.
 */
import * as v from 'valibot';

/**
 * Rejects surrounding spaces rather than trimming them: the app reads the files without re-parsing
 * (the content check is the boundary), so what passes must already be what the app compares.
 * The `check` is left out of questions/schema.json, where the pattern alone does both jobs.
 */
const text = v.config(
	v.pipe(
		v.string(),
		v.check((value) => value.trim() !== '', 'must not be empty'),
		v.regex(/^\S(?:[\s\S]*\S)?$/, 'must not start or end with spaces')
	),
	{ abortPipeEarly: true }
);
const kebab = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'));

/** `<set-id>-<n>`: review history is keyed on it, so an id is never reused or renumbered. */
export const ItemId = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*-[1-9][0-9]*$/, 'must look like <set-id>-<n>')
);

/** What an item asks of a learner; `difficulty` is derived from it and the type (questions/FORMAT.md). */
export const levels = ['recall', 'understand', 'analyse'] as const;
export const Level = v.picklist(levels, 'must be recall, understand or analyse');
export type Level = (typeof levels)[number];

const common = {
	id: ItemId,
	prompt: text,
	explanation: text,
	/**
	 * `section`: the heading of the article section the quote sits under (checked against the
	 * article by `npm run content:check`).
	 */
	source: v.strictObject({ quote: text, section: text }),
	/** What the item asks of a learner: recall a fact, understand a cause or consequence, or analyse. */
	level: Level,
	tags: v.pipe(
		v.array(kebab),
		v.minLength(1, 'needs at least one tag'),
		v.maxLength(4, 'at most 4 tags')
	),
	/** Derived from `level` and `type` by {@link expectedDifficulty}; the check enforces it. */
	difficulty: v.picklist([1, 2, 3], 'must be 1, 2 or 3'),
	/**
	 * Why the item left the bank (e.g. what replaced it). A retired item keeps its id and its text
	 * forever, but no page shows it and reconciliation suspends its card with the history kept.
	 */
	retired: v.optional(text)
};

const accepted = v.optional(v.array(text));

export const FlashcardItem = v.strictObject({
	...common,
	type: v.literal('flashcard'),
	back: text
});

export const McqItem = v.strictObject({
	...common,
	type: v.literal('mcq'),
	options: v.pipe(
		v.array(text),
		v.minLength(4, 'needs 4 or more options'),
		v.maxLength(6, 'at most 6 options')
	),
	answer: text
});

export const MultiItem = v.strictObject({
	...common,
	type: v.literal('multi'),
	options: v.pipe(
		v.array(text),
		v.minLength(4, 'needs 4 or more options'),
		v.maxLength(6, 'at most 6 options')
	),
	answers: v.pipe(v.array(text), v.minLength(2, 'needs 2 or more answers'))
});

export const TrueFalseItem = v.strictObject({
	...common,
	type: v.literal('truefalse'),
	answer: v.boolean()
});

/** The prompt holds exactly one blank, written `___`. */
export const ClozeItem = v.strictObject({
	...common,
	type: v.literal('cloze'),
	answer: text,
	accept: accepted
});

export const TypedItem = v.strictObject({
	...common,
	type: v.literal('typed'),
	answer: text,
	accept: accepted
});

export const OrderItem = v.strictObject({
	...common,
	type: v.literal('order'),
	/** Listed in the correct order; the app shuffles them. */
	events: v.pipe(
		v.array(v.strictObject({ text, year: v.pipe(v.number(), v.integer()) })),
		v.minLength(3, 'needs 3 or more events'),
		v.maxLength(6, 'at most 6 events')
	)
});

export const MatchItem = v.strictObject({
	...common,
	type: v.literal('match'),
	pairs: v.pipe(
		v.array(v.strictObject({ left: text, right: text })),
		v.minLength(3, 'needs 3 or more pairs'),
		v.maxLength(6, 'at most 6 pairs')
	)
});

export const Item = v.variant('type', [
	FlashcardItem,
	McqItem,
	MultiItem,
	TrueFalseItem,
	ClozeItem,
	TypedItem,
	OrderItem,
	MatchItem
]);

export const QuestionSet = v.strictObject({
	id: kebab,
	title: text,
	description: text,
	notes: text,
	items: v.pipe(v.array(Item), v.minLength(1, 'needs at least one item'))
});

export type Item = v.InferOutput<typeof Item>;
export type ItemType = Item['type'];
export type QuestionSet = v.InferOutput<typeof QuestionSet>;
export type ItemOf<T extends ItemType> = Extract<Item, { type: T }>;

/**
 * The difficulty an item of this level and type has (questions/FORMAT.md): the level sets it,
 * recall that must be produced from memory or that combines several facts counts as a detail, and
 * an analysis judged true or false is one notch easier than one built from scratch.
 *
 * @example expectedDifficulty('recall', 'typed') // → 2
 */
export function expectedDifficulty(level: Level, type: ItemType): 1 | 2 | 3 {
	switch (level) {
		case 'recall':
			return type === 'typed' || type === 'cloze' || type === 'order' || type === 'match' ? 2 : 1;
		case 'understand':
			return 2;
		case 'analyse':
			return type === 'truefalse' ? 2 : 3;
	}
}

/** Items still in the bank: retired ones keep their ids but are neither studied nor shown. */
export function activeItems<T extends { retired?: string }>(items: readonly T[]): T[] {
	return items.filter((item) => item.retired === undefined);
}

export const itemTypes = [
	'flashcard',
	'mcq',
	'multi',
	'truefalse',
	'cloze',
	'typed',
	'order',
	'match'
] as const satisfies readonly ItemType[];
