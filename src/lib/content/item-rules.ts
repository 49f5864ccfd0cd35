/**
 * The rules an item must follow beyond its shape, checkable without the article: an answer that is
 * one of the options, a single blank, years in order, and so on.
 */
import { countWords, foldForComparison } from './normalise.ts';
import { expectedDifficulty, type Item, type ItemOf } from './schema.ts';

export const MAX_QUOTE_WORDS = 30;
export const TYPED_ANSWER_WORDS = { min: 1, max: 6 } as const;

/** A problem with one field of an item; the caller adds the file and item. */
export interface FieldProblem {
	field: string;
	problem: string;
}

const blankRuns = /_{3,}/gu;

/** Options are told apart as a reader would: ignoring case and spacing. */
function optionKey(text: string): string {
	return text.trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** Each value that repeats an earlier one under `key`, with the earlier one it repeats. */
function repeats(
	values: readonly string[],
	key: (value: string) => string
): { value: string; earlier: string }[] {
	const seen = new Map<string, string>();
	return values.flatMap((value) => {
		const earlier = seen.get(key(value));
		if (earlier !== undefined) return [{ value, earlier }];
		seen.set(key(value), value);
		return [];
	});
}

function choiceProblems(item: ItemOf<'mcq'> | ItemOf<'multi'>): FieldProblem[] {
	return repeats(item.options, optionKey).map(({ value }) => ({
		field: 'options',
		problem: `"${value}" is listed twice (case and spacing ignored)`
	}));
}

function notAnOption(field: string, answer: string): FieldProblem {
	return { field, problem: `"${answer}" is not one of the options` };
}

function mcqProblems(item: ItemOf<'mcq'>): FieldProblem[] {
	const answerProblems = item.options.includes(item.answer)
		? []
		: [notAnOption('answer', item.answer)];
	return [...choiceProblems(item), ...answerProblems];
}

function multiProblems(item: ItemOf<'multi'>): FieldProblem[] {
	const missing = item.answers
		.filter((answer) => !item.options.includes(answer))
		.map((answer) => notAnOption('answers', answer));
	const repeated = repeats(item.answers, (answer) => answer).map(({ value }) => ({
		field: 'answers',
		problem: `"${value}" is listed twice`
	}));
	const everyOption = item.options.every((option) => item.answers.includes(option))
		? [{ field: 'answers', problem: 'marks every option correct; leave at least one wrong option' }]
		: [];
	return [...choiceProblems(item), ...missing, ...repeated, ...everyOption];
}

const tolerated = '(the answer checker ignores case, accents and punctuation)';

/** Accepted variants the answer checker would already match, through the answer or one another. */
function acceptProblems(item: ItemOf<'cloze'> | ItemOf<'typed'>): FieldProblem[] {
	return repeats([item.answer, ...(item.accept ?? [])], foldForComparison).map(
		({ value, earlier }) => ({
			field: 'accept',
			problem:
				earlier === item.answer
					? `"${value}" matches the answer already ${tolerated}`
					: `"${value}" matches "${earlier}" already ${tolerated}`
		})
	);
}

function clozeProblems(item: ItemOf<'cloze'>): FieldProblem[] {
	const blanks = item.prompt.match(blankRuns) ?? [];
	const countProblems =
		blanks.length === 1
			? []
			: [{ field: 'prompt', problem: `has ${blanks.length} blanks, needs exactly one ___` }];
	const shapeProblems = blanks
		.filter((blank) => blank !== '___')
		.map((blank) => ({
			field: 'prompt',
			problem: `writes a blank as ${blank}; use exactly three underscores ___`
		}));
	return [...countProblems, ...shapeProblems, ...acceptProblems(item)];
}

function typedProblems(item: ItemOf<'typed'>): FieldProblem[] {
	const words = countWords(item.answer);
	const { min, max } = TYPED_ANSWER_WORDS;
	const lengthProblems =
		words >= min && words <= max
			? []
			: [{ field: 'answer', problem: `has ${words} words; a typed answer has ${min}–${max}` }];
	return [...lengthProblems, ...acceptProblems(item), ...wordCountProblems(item)];
}

/**
 * Words that tell an event's place in a sequence by themselves ("X starts", "after Y"), so the
 * learner could order the events without knowing the article.
 */
const orderWords =
	/\b(?:start|starts|started|begin|begins|began|beginning|end|ends|ended|ending|before|after|later|earlier|first|then|finally|subsequently|previously|afterwards)\b/iu;

function orderProblems(item: ItemOf<'order'>): FieldProblem[] {
	return item.events.flatMap((event, index): FieldProblem[] => {
		const previous = item.events[index - 1];
		const outOfOrder =
			previous !== undefined && event.year <= previous.year
				? [
						{
							field: `events.${index}.year`,
							problem: `${event.year} is not after ${previous.year}; list events in chronological order with strictly increasing years`
						}
					]
				: [];
		const givesAway = new RegExp(`(?<!\\d)${event.year}(?!\\d)`, 'u').test(event.text)
			? [{ field: `events.${index}.text`, problem: `gives away its year ${event.year}` }]
			: [];
		// A retired item keeps the text it was retired for.
		const word = item.retired === undefined ? orderWords.exec(event.text)?.[0] : undefined;
		const ordersItself =
			word === undefined
				? []
				: [
						{
							field: `events.${index}.text`,
							problem: `"${word}" tells the event's place in the order without the article; describe the event itself`
						}
					];
		return [...outOfOrder, ...givesAway, ...ordersItself];
	});
}

function matchProblems(item: ItemOf<'match'>): FieldProblem[] {
	const side = (name: 'left' | 'right') =>
		repeats(
			item.pairs.map((pair) => pair[name]),
			optionKey
		).map(({ value }) => ({
			field: 'pairs',
			problem: `${name} "${value}" appears twice; pairs must match one to one`
		}));
	return [...side('left'), ...side('right')];
}

/** Whether `needle` appears in `haystack` as whole words, compared as the answer checker would. */
function containsWords(haystack: string, needle: string): boolean {
	const folded = foldForComparison(needle);
	return folded !== '' && ` ${foldForComparison(haystack)} `.includes(` ${folded} `);
}

/**
 * The keyed answer (or, for typed and cloze, any accepted answer) written in the prompt itself, so
 * the learner can read it off the question. Compared folded and as whole words.
 */
function answerInPromptProblems(item: Item): FieldProblem[] {
	const answers =
		item.type === 'mcq'
			? [item.answer]
			: item.type === 'typed' || item.type === 'cloze'
				? [item.answer, ...(item.accept ?? [])]
				: [];
	return answers
		.filter((answer) => containsWords(item.prompt, answer))
		.map((answer) => ({
			field: 'prompt',
			problem: `contains its own answer "${answer}"`
		}));
}

const numberWords = ['one', 'two', 'three', 'four', 'five', 'six'] as const;
const statedCount = /\((one|two|three|four|five|six|[1-6]) words?\)/iu;

/** A typed prompt that says "(one word)" while an accepted answer has another number of words. */
function wordCountProblems(item: ItemOf<'typed'>): FieldProblem[] {
	const stated = statedCount.exec(item.prompt)?.[1]?.toLowerCase();
	if (stated === undefined) return [];
	const count = /^\d$/u.test(stated)
		? Number(stated)
		: numberWords.indexOf(stated as (typeof numberWords)[number]) + 1;
	return [item.answer, ...(item.accept ?? [])]
		.filter((answer) => countWords(answer) !== count)
		.map((answer) => ({
			field: answer === item.answer ? 'answer' : 'accept',
			problem: `"${answer}" has ${countWords(answer)} words but the prompt asks for ${count}`
		}));
}

function typeProblems(item: Item): FieldProblem[] {
	switch (item.type) {
		case 'mcq':
			return mcqProblems(item);
		case 'multi':
			return multiProblems(item);
		case 'cloze':
			return clozeProblems(item);
		case 'typed':
			return typedProblems(item);
		case 'order':
			return orderProblems(item);
		case 'match':
			return matchProblems(item);
		case 'flashcard':
		case 'truefalse':
			return [];
	}
}

/**
 * Checks one schema-valid item against the rules of its type and the quote length.
 *
 * @example
 * itemRules({ ...mcq, options: ['Mexico', 'Honduras', 'Panama', 'Cuba'], answer: 'Peru' });
 * // → [{ field: 'answer', problem: '"Peru" is not one of the options' }]
 */
export function itemRules(item: Item): FieldProblem[] {
	const quoteWords = countWords(item.source.quote);
	const quoteProblems =
		quoteWords > MAX_QUOTE_WORDS
			? [{ field: 'source.quote', problem: `has ${quoteWords} words, at most ${MAX_QUOTE_WORDS}` }]
			: [];
	const expected = expectedDifficulty(item.level, item.type);
	const difficultyProblems =
		item.difficulty === expected
			? []
			: [
					{
						field: 'difficulty',
						problem: `must be ${expected} for level ${item.level} and type ${item.type} (the rule in questions/FORMAT.md)`
					}
				];
	// A retired item keeps the text it was retired for.
	const promptProblems = item.retired === undefined ? answerInPromptProblems(item) : [];
	return [...quoteProblems, ...difficultyProblems, ...typeProblems(item), ...promptProblems];
}
