/**
 * The content check: every rule a question bank must pass before it ships, as one pure function
 * over the set files and the article. `scripts/content-check.ts` and the build plugin run it.
 */
import * as v from 'valibot';
import { ArticleIndex } from './article.ts';
import { unhedgedClaims } from './hedges.ts';
import { itemRules } from './item-rules.ts';
import { countWords, foldForComparison, normaliseQuote } from './normalise.ts';
import { setIdFromPath } from './paths.ts';
import { ARTICLE_FILE, SET_LEVEL, type ContentProblem } from './problem.ts';
import { Item, QuestionSet, itemTypes, levels } from './schema.ts';
import { isRecord, issueProblems, itemLabel } from './schema-issues.ts';

/** One set file: its path (`questions/sets/<id>.json`) and its parsed JSON, not yet validated. */
export interface BankFile {
	path: string;
	json: unknown;
}

export const NOTES_WORDS = { min: 150, max: 400 } as const;
export const MIN_ITEMS_PER_PARAGRAPH = 3;

function itemsOf(json: unknown): unknown[] {
	return isRecord(json) && Array.isArray(json.items) ? json.items : [];
}

/** Ids used twice anywhere in the bank: each later use is reported, naming the first. */
function duplicateIdProblems(files: readonly BankFile[]): ContentProblem[] {
	const firstFile = new Map<string, string>();
	return files.flatMap(({ path, json }) =>
		itemsOf(json).flatMap((item): ContentProblem[] => {
			if (!isRecord(item) || typeof item.id !== 'string') return [];
			const earlier = firstFile.get(item.id);
			if (earlier === undefined) {
				firstFile.set(item.id, path);
				return [];
			}
			const where = earlier === path ? 'earlier in this set' : `in ${earlier}`;
			return [
				{ file: path, item: item.id, field: 'id', problem: `duplicate id, also used ${where}` }
			];
		})
	);
}

/**
 * Two prompts at least this similar (Jaccard over their folded word sets) ask the same thing: on a
 * typical ten-word prompt it allows about one word changed or one added, which is rewording, while
 * two genuinely different questions about the same event share far fewer words.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

/** What the learner reads as the question; order, match and multi prompts are generic, so their content counts. */
function questionText(item: Item): string {
	if (item.type === 'multi') return [item.prompt, ...item.options].join(' ');
	if (item.type === 'order')
		return [item.prompt, ...item.events.map((event) => event.text)].join(' ');
	if (item.type === 'match') {
		return [item.prompt, ...item.pairs.map((pair) => `${pair.left} ${pair.right}`)].join(' ');
	}
	return item.prompt;
}

/** Jaccard similarity of the two texts' folded word sets, 0 to 1. */
export function promptSimilarity(a: string, b: string): number {
	const words = (text: string) => new Set(foldForComparison(text).split(' ').filter(Boolean));
	const left = words(a);
	const right = words(b);
	if (left.size === 0 && right.size === 0) return 1;
	const shared = [...left].filter((word) => right.has(word)).length;
	return shared / (left.size + right.size - shared);
}

/** Active items anywhere in the bank whose prompts nearly repeat an earlier one. */
function nearDuplicateProblems(files: readonly BankFile[]): ContentProblem[] {
	const seen: { path: string; id: string; text: string }[] = [];
	return files.flatMap(({ path, json }) =>
		itemsOf(json).flatMap((raw): ContentProblem[] => {
			const parsed = v.safeParse(Item, raw);
			if (!parsed.success || parsed.output.retired !== undefined) return [];
			const item = parsed.output;
			const text = questionText(item);
			const earlier = seen.find(
				(other) => promptSimilarity(other.text, text) >= NEAR_DUPLICATE_SIMILARITY
			);
			seen.push({ path, id: item.id, text });
			if (earlier === undefined) return [];
			const where = earlier.path === path ? '' : ` in ${earlier.path}`;
			const score = promptSimilarity(earlier.text, text).toFixed(2);
			return [
				{
					file: path,
					item: item.id,
					field: 'prompt',
					problem: `nearly repeats ${earlier.id}${where} (similarity ${score}, limit ${NEAR_DUPLICATE_SIMILARITY})`
				}
			];
		})
	);
}

function hedgeProblems(text: string, at: Omit<ContentProblem, 'problem'>): ContentProblem[] {
	return unhedgedClaims(text).map(({ claim, sentence }) => ({
		...at,
		problem: `states ${claim} as plain fact; hedge it in the same sentence: "${sentence}"`
	}));
}

function copyProblems(
	article: ArticleIndex,
	text: string,
	at: Omit<ContentProblem, 'problem'>
): ContentProblem[] {
	return article
		.copiedRuns(text)
		.map((run) => ({ ...at, problem: `copies the article: "${run}"` }));
}

function setFieldProblems(
	file: BankFile,
	article: ArticleIndex | null
): { setId: string; problems: ContentProblem[] } {
	const fromPath = setIdFromPath(file.path);
	const json = isRecord(file.json) ? file.json : {};
	const at = { file: file.path, item: SET_LEVEL };
	const problems: ContentProblem[] = [];
	if (typeof json.id === 'string' && json.id !== fromPath) {
		problems.push({
			...at,
			field: 'id',
			problem: `"${json.id}" must equal the file name "${fromPath}"`
		});
	}
	if (typeof json.notes === 'string') {
		const words = countWords(json.notes);
		const { min, max } = NOTES_WORDS;
		if (words < min || words > max) {
			problems.push({ ...at, field: 'notes', problem: `has ${words} words, needs ${min}–${max}` });
		}
		problems.push(...hedgeProblems(json.notes, { ...at, field: 'notes' }));
		if (article) problems.push(...copyProblems(article, json.notes, { ...at, field: 'notes' }));
	}
	return { setId: typeof json.id === 'string' ? json.id : fromPath, problems };
}

function idPrefixProblem(setId: string, id: string): string | null {
	const prefix = `${setId}-`;
	return id.startsWith(prefix) && /^[1-9][0-9]*$/u.test(id.slice(prefix.length))
		? null
		: `must be "${prefix}<n>", the set id then a number`;
}

interface ItemFindings {
	problems: ContentProblem[];
	/** Body paragraphs this item's quote evidences. */
	covers: number[];
}

function itemFindings(
	file: string,
	setId: string,
	raw: unknown,
	index: number,
	article: ArticleIndex | null
): ItemFindings {
	const label = itemLabel(raw, index);
	const at = (field: string, problem: string): ContentProblem => ({
		file,
		item: label,
		field,
		problem
	});
	const parsed = v.safeParse(Item, raw);
	// Schema issues are reported from the whole set; the finer rules need a well-formed item.
	if (!parsed.success) return { problems: [], covers: [] };
	const item = parsed.output;
	const prefix = idPrefixProblem(setId, item.id);
	const problems = prefix === null ? [] : [at('id', prefix)];
	problems.push(...itemRules(item).map(({ field, problem }) => at(field, problem)));
	if (item.retired === undefined) {
		problems.push(...hedgeProblems(item.explanation, { file, item: label, field: 'explanation' }));
	}
	if (!article) return { problems, covers: [] };
	const covers = article.locateQuote(item.source.quote);
	if (covers === null) {
		const opening = article.matchingOpening(item.source.quote);
		const hint = opening === '' ? '' : ` (it matches as far as "${opening}")`;
		problems.push(at('source.quote', `not found verbatim in the article${hint}`));
	}
	const sections = article.sectionsOf(item.source.quote);
	if (sections !== null && !sections.includes(normaliseQuote(item.source.section))) {
		const under = sections.map((heading) => `"${heading}"`).join(' and ');
		problems.push(
			at('source.section', `the quote sits under ${under || 'no heading'}, not this one`)
		);
	}
	problems.push(
		...copyProblems(article, item.explanation, { file, item: label, field: 'explanation' })
	);
	// A retired item is kept for its id and history; it no longer counts towards coverage.
	return { problems, covers: item.retired === undefined ? (covers ?? []) : [] };
}

function coverageProblems(article: ArticleIndex, covers: readonly number[]): ContentProblem[] {
	return article.paragraphs.flatMap((paragraph) => {
		const count = covers.filter((number) => number === paragraph.number).length;
		return count >= MIN_ITEMS_PER_PARAGRAPH
			? []
			: [
					{
						file: ARTICLE_FILE,
						item: `paragraph ${paragraph.number} ("${paragraph.opening}")`,
						field: '',
						problem: `covered by ${count} ${count === 1 ? 'item' : 'items'}, needs ${MIN_ITEMS_PER_PARAGRAPH}`
					}
				];
	});
}

/**
 * Checks a whole question bank: each set's schema, ids, the rules of every item type, and, when the
 * article is given, that quotes are verbatim, our own words do not copy it and every body paragraph
 * is covered by {@link MIN_ITEMS_PER_PARAGRAPH} items. Without the article those checks are skipped.
 *
 * @example
 * checkBank([{ path: 'questions/sets/honduras.json', json }], articleText).map(formatProblem);
 * // → ['questions/sets/honduras.json: honduras-4: answer: "Lobo" is not one of the options']
 */
export function checkBank(files: readonly BankFile[], article: string | null): ContentProblem[] {
	const articleIndex = article === null ? null : new ArticleIndex(article);
	const covers: number[] = [];
	const perFile = files.flatMap((file) => {
		const parsed = v.safeParse(QuestionSet, file.json);
		const schemaProblems = parsed.success ? [] : issueProblems(file.path, file.json, parsed.issues);
		const { setId, problems: setProblems } = setFieldProblems(file, articleIndex);
		const itemProblems = itemsOf(file.json).flatMap((raw, index) => {
			const findings = itemFindings(file.path, setId, raw, index, articleIndex);
			covers.push(...findings.covers);
			return findings.problems;
		});
		return [...schemaProblems, ...setProblems, ...itemProblems];
	});
	const coverage = articleIndex ? coverageProblems(articleIndex, covers) : [];
	const order = new Map(files.map(({ path }, index) => [path, index]));
	const byFile = [...perFile, ...duplicateIdProblems(files), ...nearDuplicateProblems(files)].sort(
		(a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0)
	);
	return [...byFile, ...coverage];
}

export interface BankSummary {
	sets: number;
	/** Items still in the bank (not retired), valid or not. */
	items: number;
	/** Items marked retired: kept for their ids, counted apart. */
	retired: number;
	/** Active items per type, in the schema's order; a type the schema does not know is counted too. */
	byType: Record<string, number>;
	/** Active items per level, in the schema's order; a missing or unknown level is counted too. */
	byLevel: Record<string, number>;
}

function tally(keys: readonly string[], values: readonly string[]): Record<string, number> {
	const counts: Record<string, number> = Object.fromEntries(keys.map((key) => [key, 0]));
	for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
	return counts;
}

/**
 * Counts the sets and items as written, valid or not, for the check's summary line.
 *
 * @example summariseBank(files) // → { sets: 8, items: 152, retired: 49, byType: { flashcard: 20, … }, byLevel: { recall: 78, … } }
 */
export function summariseBank(files: readonly BankFile[]): BankSummary {
	const all = files.flatMap(({ json }) => itemsOf(json));
	const active = all.filter((item) => !(isRecord(item) && typeof item.retired === 'string'));
	const field = (item: unknown, name: string, missing: string) =>
		isRecord(item) && typeof item[name] === 'string' ? item[name] : missing;
	return {
		sets: files.length,
		items: active.length,
		retired: all.length - active.length,
		byType: tally(
			itemTypes,
			active.map((item) => field(item, 'type', '(no type)'))
		),
		byLevel: tally(
			levels,
			active.map((item) => field(item, 'level', '(no level)'))
		)
	};
}
