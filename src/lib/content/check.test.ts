import { describe, expect, it } from 'vitest';
import { checkBank, summariseBank, type BankFile } from './check';
import {
	harbourArticle,
	harbourItems,
	harbourPath,
	harbourSet,
	harbourTitle
} from './fixtures/harbour';
import { formatProblem } from './problem';
import type { QuestionSet } from './schema';

const file = harbourPath;

function check(sets: readonly unknown[], article: string | null = harbourArticle): string[] {
	const files: BankFile[] = sets.map((json, index) => ({
		path: index === 0 ? harbourPath : `questions/sets/other-${index}.json`,
		json
	}));
	return checkBank(files, article).map(formatProblem);
}

/** `base` with `patch` applied, where an `undefined` value deletes the field. */
function patched(base: object, patch: Record<string, unknown>): Record<string, unknown> {
	const result: Record<string, unknown> = { ...base, ...patch };
	for (const [key, value] of Object.entries(patch)) if (value === undefined) delete result[key];
	return result;
}

/** The valid set with item `n` (1-based) changed. */
function withItem(n: number, patch: Record<string, unknown>): QuestionSet {
	const set = harbourSet();
	set.items[n - 1] = patched(set.items[n - 1] ?? {}, patch) as QuestionSet['items'][number];
	return set;
}

/** The valid set with top-level fields changed. */
function withSet(patch: Record<string, unknown>): unknown {
	return patched(harbourSet(), patch);
}

describe('checkBank on a valid bank', () => {
	it('finds nothing wrong with the fixture set', () => {
		expect(check([harbourSet()])).toEqual([]);
	});

	it('finds nothing wrong without the article either', () => {
		expect(check([harbourSet()], null)).toEqual([]);
	});
});

describe('schema errors', () => {
	it('reports a missing field at its item and field', () => {
		expect(check([withItem(1, { back: undefined })])).toEqual([
			`${file}: harbour-1: back: is missing`
		]);
	});

	it('reports a field the type does not have', () => {
		expect(check([withItem(1, { options: ['a'] })])).toEqual([
			`${file}: harbour-1: options: is not a field here`
		]);
	});

	it('reports a bad value with the schema message', () => {
		expect(check([withItem(2, { difficulty: 4 })])).toEqual([
			`${file}: harbour-2: difficulty: must be 1, 2 or 3`
		]);
	});

	it('reports nested paths with dots', () => {
		expect(
			check([withItem(2, { source: { quote: 'founded', section: harbourTitle, page: 2 } })])
		).toEqual([`${file}: harbour-2: source.page: is not a field here`]);
	});

	it('reports an empty or blank explanation once', () => {
		expect(check([withItem(3, { explanation: '' })])).toEqual([
			`${file}: harbour-3: explanation: must not be empty`
		]);
		expect(check([withItem(3, { explanation: ' \n ' })])).toEqual([
			`${file}: harbour-3: explanation: must not be empty`
		]);
	});

	it('rejects text with surrounding spaces, which the app would compare as written', () => {
		expect(check([withItem(2, { answer: '1820 ' })])).toEqual([
			`${file}: harbour-2: answer: must not start or end with spaces`
		]);
	});

	it('reports an unknown item type', () => {
		const [line] = check([withItem(4, { type: 'essay' })]);
		expect(line).toMatch(
			/^questions\/sets\/harbour\.json: harbour-4: type: Invalid type: .*"essay"$/
		);
	});

	it('names an item without an id by its position', () => {
		const set = harbourSet();
		const items: unknown[] = [...set.items, 'not an item'];
		expect(check([{ ...set, items }])).toEqual([
			`${file}: items[12]: (item): Invalid type: Expected Object but received "not an item"`
		]);
	});

	it('reports set-level fields against the set', () => {
		expect(check([withSet({ title: undefined, colour: 'blue' })])).toEqual([
			`${file}: (set): title: is missing`,
			`${file}: (set): colour: is not a field here`
		]);
	});

	it('reports a file that is not a set at all', () => {
		expect(check(['a set'], null)).toEqual([
			`${file}: (set): (root): Invalid type: Expected Object but received "a set"`
		]);
	});

	it('still applies the item rules to the valid items of an invalid set', () => {
		const set = withItem(2, { answer: '1821' });
		expect(check([{ ...set, description: '' }])).toEqual([
			`${file}: (set): description: must not be empty`,
			`${file}: harbour-2: answer: "1821" is not one of the options`
		]);
	});
});

describe('ids', () => {
	it('reports an id used twice in one set', () => {
		expect(check([withItem(2, { id: 'harbour-1' })])).toEqual([
			`${file}: harbour-1: id: duplicate id, also used earlier in this set`
		]);
	});

	it('reports an id used in two sets, naming the first', () => {
		const other = { ...harbourSet(), id: 'other-1', items: [{ ...harbourItems()[0] }] };
		expect(check([harbourSet(), other], null)).toContain(
			`questions/sets/other-1.json: harbour-1: id: duplicate id, also used in ${file}`
		);
	});

	it('requires the set id to equal the file name', () => {
		const set = { ...harbourSet(), id: 'port' };
		expect(check([set])).toContain(`${file}: (set): id: "port" must equal the file name "harbour"`);
	});

	it('leaves a malformed id to the schema message alone', () => {
		expect(check([withItem(5, { id: 'Harbour 5' })])).toEqual([
			`${file}: Harbour 5: id: must look like <set-id>-<n>`
		]);
	});

	it('requires item ids to start with the set id', () => {
		expect(check([withItem(5, { id: 'port-5' })])).toEqual([
			`${file}: port-5: id: must be "harbour-<n>", the set id then a number`
		]);
	});
});

describe('quotes', () => {
	it('accepts straight quote marks and different spacing for curly ones in the article', () => {
		const quote =
			'the council spent "three long years"\n  rebuilding it with timber from the town\'s';
		expect(check([withItem(5, { source: { quote, section: 'The Pier' } })])).toEqual([
			`${file}: harbour-5: source.quote: not found verbatim in the article (it matches as far as "the council spent "three long years" rebuilding it with timber from the")`
		]);
		const verbatim = 'the council spent "three long years"\n  rebuilding it';
		expect(check([withItem(5, { source: { quote: verbatim, section: 'The Pier' } })])).toEqual([]);
	});

	it('rejects a quote with a different case or spelling', () => {
		expect(
			check([
				withItem(2, {
					source: { quote: 'The Harbour town was founded in 1820', section: harbourTitle }
				})
			])
		).toEqual([
			`${file}: harbour-2: source.quote: not found verbatim in the article (it matches as far as "The")`
		]);
		expect(
			check([withItem(2, { source: { quote: 'Founded in 1821', section: harbourTitle } })])
		).toEqual([`${file}: harbour-2: source.quote: not found verbatim in the article`]);
	});

	it('rejects a quote of more than 30 words, with or without the article', () => {
		const quote =
			'In 1901 a storm destroyed half of the pier, and the council spent “three long years” rebuilding it with timber from the northern forests. By 1950 the town’s ferry carried nine';
		const tooLong = `${file}: harbour-4: source.quote: has 31 words, at most 30`;
		expect(check([withItem(4, { source: { quote, section: 'The Pier' } })])).toContain(tooLong);
		expect(check([withItem(4, { source: { quote, section: 'The Pier' } })], null)).toEqual([
			tooLong
		]);
	});

	it('skips the verbatim check when the article is missing', () => {
		expect(
			check([withItem(2, { source: { quote: 'Not in any article', section: harbourTitle } })], null)
		).toEqual([]);
	});
});

describe('sections', () => {
	it('accepts the heading a quote sits under, the title for the opening summary', () => {
		expect(
			check([withItem(2, { source: { quote: 'founded in 1820', section: harbourTitle } })])
		).toEqual([]);
		expect(
			check([withItem(5, { source: { quote: 'a storm destroyed', section: 'The Pier' } })])
		).toEqual([]);
	});

	it('rejects another heading, a made-up one or the trailing label', () => {
		for (const section of [harbourTitle, 'The Ferry', 'Latest']) {
			expect(check([withItem(5, { source: { quote: 'a storm destroyed', section } })])).toEqual([
				`${file}: harbour-5: source.section: the quote sits under "The Pier", not this one`
			]);
		}
	});

	it('requires a section and skips its check without the article', () => {
		expect(check([withItem(5, { source: { quote: 'a storm destroyed' } })])).toEqual([
			`${file}: harbour-5: source.section: is missing`
		]);
		expect(
			check([withItem(5, { source: { quote: 'a storm destroyed', section: 'The Ferry' } })], null)
		).toEqual([]);
	});
});

describe('order items', () => {
	it('rejects events whose words give their place in the order', () => {
		const events = [
			{ text: 'The town is founded', year: 1820 },
			{ text: 'Half of the pier is destroyed by a storm', year: 1901 },
			{ text: 'Later, the ferry carries nine hundred passengers a day', year: 1950 }
		];
		expect(check([withItem(7, { events })])).toEqual([
			`${file}: harbour-7: events.2.text: "Later" tells the event's place in the order without the article; describe the event itself`
		]);
		const starts = [
			{ text: 'The rebuilding starts', year: 1901 },
			{ text: 'The rebuilding is finished', year: 1904 },
			{ text: 'The ferry carries nine hundred passengers a day', year: 1950 }
		];
		expect(check([withItem(7, { events: starts })], null)).toEqual([
			`${file}: harbour-7: events.0.text: "starts" tells the event's place in the order without the article; describe the event itself`
		]);
		expect(check([withItem(7, { events: starts, retired: 'Ordered itself.' })], null)).toEqual([]);
	});
});

describe('level and difficulty', () => {
	it('requires a known level', () => {
		expect(check([withItem(1, { level: undefined })])).toEqual([
			`${file}: harbour-1: level: is missing`
		]);
		expect(check([withItem(1, { level: 'remember' })])).toEqual([
			`${file}: harbour-1: level: must be recall, understand or analyse`
		]);
	});

	it('derives the difficulty from the level and the type', () => {
		expect(check([withItem(6, { difficulty: 1 })])).toEqual([
			`${file}: harbour-6: difficulty: must be 2 for level recall and type typed (the rule in questions/FORMAT.md)`
		]);
		expect(check([withItem(1, { level: 'analyse', difficulty: 3 })])).toEqual([]);
		expect(check([withItem(5, { level: 'analyse', difficulty: 3 })])).toEqual([
			`${file}: harbour-5: difficulty: must be 2 for level analyse and type truefalse (the rule in questions/FORMAT.md)`
		]);
		expect(check([withItem(2, { level: 'understand', difficulty: 2 })])).toEqual([]);
	});
});

describe('choice items', () => {
	it('requires the mcq answer to be one of the options exactly', () => {
		expect(check([withItem(2, { answer: '1820.' })])).toEqual([
			`${file}: harbour-2: answer: "1820." is not one of the options`
		]);
	});

	it('rejects duplicate options, ignoring case and spacing', () => {
		expect(check([withItem(2, { options: ['1820', '1901', '1950', '1820'] })])).toEqual([
			`${file}: harbour-2: options: "1820" is listed twice (case and spacing ignored)`
		]);
		const options = [
			'It destroyed half of the pier',
			'It sank the ferry',
			'it sank  the ferry',
			'x'
		];
		expect(
			check([withItem(4, { options, answers: ['It destroyed half of the pier', 'x'] })])
		).toEqual([
			`${file}: harbour-4: options: "it sank  the ferry" is listed twice (case and spacing ignored)`
		]);
	});

	it('requires every multi answer to be an option', () => {
		const answers = ['It destroyed half of the pier', 'It rained'];
		expect(check([withItem(4, { answers })])).toEqual([
			`${file}: harbour-4: answers: "It rained" is not one of the options`
		]);
	});

	it('rejects a multi answer listed twice', () => {
		const answers = ['It sank the ferry', 'It sank the ferry'];
		expect(check([withItem(4, { answers })])).toEqual([
			`${file}: harbour-4: answers: "It sank the ferry" is listed twice`
		]);
	});

	it('rejects a multi item whose every option is an answer', () => {
		const answers = [
			'It destroyed half of the pier',
			'The rebuilding took three years',
			'It sank the ferry',
			'It flooded the market'
		];
		expect(check([withItem(4, { answers })])).toEqual([
			`${file}: harbour-4: answers: marks every option correct; leave at least one wrong option`
		]);
	});
});

describe('cloze items', () => {
	it('needs exactly one blank', () => {
		expect(check([withItem(3, { prompt: 'The fishermen built a harbour wall.' })])).toEqual([
			`${file}: harbour-3: prompt: has 0 blanks, needs exactly one ___`
		]);
		expect(check([withItem(3, { prompt: 'The ___ built a stone ___.' })])).toEqual([
			`${file}: harbour-3: prompt: has 2 blanks, needs exactly one ___`
		]);
	});

	it('needs the blank written with exactly three underscores', () => {
		expect(check([withItem(3, { prompt: 'The fishermen built a stone _____.' })])).toEqual([
			`${file}: harbour-3: prompt: writes a blank as _____; use exactly three underscores ___`
		]);
	});

	it('rejects an accepted variant the answer checker would already tolerate', () => {
		expect(check([withItem(3, { accept: ['PIER!'] })])).toEqual([
			`${file}: harbour-3: accept: "PIER!" matches the answer already (the answer checker ignores case, accents and punctuation)`
		]);
	});
});

describe('typed items', () => {
	it('needs an answer of 1 to 6 words', () => {
		const answer = 'timber from the great northern forests, mostly';
		expect(check([withItem(6, { answer })])).toEqual([
			`${file}: harbour-6: answer: has 7 words; a typed answer has 1–6`
		]);
		expect(check([withItem(6, { answer: '—' })])).toEqual([
			`${file}: harbour-6: answer: has 0 words; a typed answer has 1–6`
		]);
	});

	it('rejects variants equal to the answer or to each other after folding', () => {
		expect(check([withItem(6, { accept: ['wood', 'tímber', 'Wood.'] })])).toEqual([
			`${file}: harbour-6: accept: "tímber" matches the answer already (the answer checker ignores case, accents and punctuation)`,
			`${file}: harbour-6: accept: "Wood." matches "wood" already (the answer checker ignores case, accents and punctuation)`
		]);
	});
});

describe('order items', () => {
	const events = (years: number[], texts = ['Founding', 'Storm', 'Ferry']) =>
		years.map((year, index) => ({ text: texts[index], year }));

	it('needs years strictly increasing in the order listed', () => {
		expect(check([withItem(7, { events: events([1901, 1820, 1950]) })])).toEqual([
			`${file}: harbour-7: events.1.year: 1820 is not after 1901; list events in chronological order with strictly increasing years`
		]);
		expect(check([withItem(7, { events: events([1820, 1901, 1901]) })])).toEqual([
			`${file}: harbour-7: events.2.year: 1901 is not after 1901; list events in chronological order with strictly increasing years`
		]);
	});

	it('rejects an event whose text gives its year away', () => {
		const given = events(
			[1820, 1901, 1950],
			['Founding', 'The 1901 storm', 'Ferry in 19500 units']
		);
		expect(check([withItem(7, { events: given })])).toEqual([
			`${file}: harbour-7: events.1.text: gives away its year 1901`
		]);
	});
});

describe('match items', () => {
	it('needs lefts and rights one to one', () => {
		const pairs = [
			{ left: '1820', right: 'Founding' },
			{ left: '1820 ', right: 'Storm' },
			{ left: '1950', right: 'founding' }
		];
		expect(check([withItem(8, { pairs })])).toEqual([
			`${file}: harbour-8: pairs.1.left: must not start or end with spaces`
		]);
		pairs[1] = { left: '1820', right: 'Storm' };
		expect(check([withItem(8, { pairs })])).toEqual([
			`${file}: harbour-8: pairs: left "1820" appears twice; pairs must match one to one`,
			`${file}: harbour-8: pairs: right "founding" appears twice; pairs must match one to one`
		]);
	});
});

describe('our own words', () => {
	it('rejects an explanation that copies 8 consecutive words of the article', () => {
		const explanation =
			'As the text says, in 1901 a STORM destroyed half of the pier; it was rebuilt.';
		expect(check([withItem(5, { explanation })])).toEqual([
			`${file}: harbour-5: explanation: copies the article: "in 1901 a storm destroyed half of the pier"`
		]);
	});

	it('allows runs of 7 words', () => {
		const explanation = 'We read that a storm destroyed half of the harbour, which is our summary.';
		expect(check([withItem(5, { explanation })])).toEqual([]);
	});

	it('rejects notes that copy the article, naming every copied run', () => {
		const notes = `${harbourSet().notes} The town’s ferry carried nine hundred passengers a day. Also, a storm destroyed half of the pier, and the council spent money.`;
		expect(check([withSet({ notes })])).toEqual([
			`${file}: (set): notes: copies the article: "the town s ferry carried nine hundred passengers a day"`,
			`${file}: (set): notes: copies the article: "a storm destroyed half of the pier and the council spent"`
		]);
	});

	it('skips the copy check without the article', () => {
		const explanation = 'In 1901 a storm destroyed half of the pier, and so on.';
		expect(check([withItem(5, { explanation })], null)).toEqual([]);
	});

	it('needs notes of 150 to 400 words', () => {
		expect(check([withSet({ notes: 'Too short to study from.' })])).toEqual([
			`${file}: (set): notes: has 5 words, needs 150–400`
		]);
		const notes = Array.from({ length: 401 }, (_, index) => `w${index}`).join(' ');
		expect(check([withSet({ notes })])).toEqual([
			`${file}: (set): notes: has 401 words, needs 150–400`
		]);
	});
});

describe('article coverage', () => {
	it('reports a body paragraph quoted by fewer than 3 items, against the article', () => {
		const set = harbourSet();
		const gone = ['harbour-8', 'harbour-9', 'harbour-12'];
		set.items = set.items.filter((item) => !gone.includes(item.id));
		expect(check([set])).toEqual([
			'article: paragraph 3 ("By 1950 the town\'s ferry carried…"): covered by 1 item, needs 3'
		]);
	});

	it('counts items from every set, and ignores headings and the trailing label', () => {
		const set = harbourSet();
		const moved = ['harbour-1', 'harbour-10'];
		const items = set.items.filter((item) => !moved.includes(item.id));
		const other = {
			...set,
			id: 'other-1',
			items: set.items
				.filter((item) => moved.includes(item.id))
				.map((item, index) => ({ ...item, id: `other-1-${index + 1}` }))
		};
		const articleLines = (sets: unknown[]) =>
			check(sets).filter((line) => line.startsWith('article'));
		expect(articleLines([{ ...set, items }, other])).toEqual([]);
		expect(articleLines([{ ...set, items }])).toEqual([
			'article: paragraph 1 ("The harbour town was founded in…"): covered by 2 items, needs 3'
		]);
	});

	it('does not count items whose quote is not in the article', () => {
		const set = withItem(9, { source: { quote: 'the island of Merrows', section: 'The Pier' } });
		set.items = set.items.filter((item) => item.id !== 'harbour-12');
		expect(check([set])).toEqual([
			`${file}: harbour-9: source.quote: not found verbatim in the article (it matches as far as "the island of")`,
			'article: paragraph 3 ("By 1950 the town\'s ferry carried…"): covered by 2 items, needs 3'
		]);
	});

	it('does not count retired items', () => {
		const set = withItem(12, { retired: 'Repeats harbour-9.' });
		expect(check([set])).toEqual([]);
		const fewer = withItem(12, { retired: 'Repeats harbour-9.' });
		fewer.items = fewer.items.filter((item) => item.id !== 'harbour-9');
		expect(check([fewer])).toEqual([
			'article: paragraph 3 ("By 1950 the town\'s ferry carried…"): covered by 2 items, needs 3'
		]);
	});

	it('skips coverage without the article', () => {
		expect(check([{ ...harbourSet(), items: harbourItems().slice(0, 1) }], null)).toEqual([]);
	});
});

describe('summariseBank', () => {
	it('counts sets and items by type, including items the schema rejects', () => {
		const set = harbourSet();
		const items: unknown[] = [
			...set.items,
			{ type: 'essay', level: 'recall' },
			7,
			{ type: 'mcq', level: 'analyse', retired: 'Repeats harbour-2.' }
		];
		expect(
			summariseBank([
				{ path: file, json: { ...set, items } },
				{ path: 'x', json: null }
			])
		).toEqual({
			sets: 2,
			items: 14,
			retired: 1,
			byLevel: { recall: 13, understand: 0, analyse: 0, '(no level)': 1 },
			byType: {
				flashcard: 2,
				mcq: 2,
				multi: 1,
				truefalse: 2,
				cloze: 1,
				typed: 2,
				order: 1,
				match: 1,
				essay: 1,
				'(no type)': 1
			}
		});
	});
});

describe('near-duplicate prompts', () => {
	it('reports a prompt that nearly repeats another, across sets', () => {
		const other = harbourSet();
		other.id = 'other-1';
		other.items = [
			{
				...harbourItems()[1],
				id: 'other-1-1',
				prompt: 'In which year was the harbour town first founded?'
			} as QuestionSet['items'][number]
		];
		expect(check([harbourSet(), other]).filter((line) => line.includes('nearly'))).toEqual([
			'questions/sets/other-1.json: other-1-1: prompt: nearly repeats harbour-2 in questions/sets/harbour.json (similarity 0.89, limit 0.8)'
		]);
	});

	it('passes distinct prompts and ignores retired items', () => {
		expect(check([harbourSet()]).filter((line) => line.includes('nearly'))).toEqual([]);
		const retired = withItem(9, {
			prompt: 'In which year was the harbour town first founded?',
			retired: 'replaced by harbour-2'
		});
		expect(check([retired]).filter((line) => line.includes('nearly'))).toEqual([]);
	});
});
