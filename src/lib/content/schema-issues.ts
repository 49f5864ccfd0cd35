/** Turns valibot's issues for one set file into located content problems. */
import * as v from 'valibot';
import { SET_LEVEL, type ContentProblem } from './problem.ts';

/** A plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * How problems name an item: its id when it has a usable one, else its position, so a writer can
 * find it either way.
 *
 * @example itemLabel({ id: 'honduras-3' }, 2) === 'honduras-3'
 * @example itemLabel({ type: 'mcq' }, 2) === 'items[2]'
 */
export function itemLabel(item: unknown, index: number): string {
	return isRecord(item) && typeof item.id === 'string' && item.id.trim() !== ''
		? item.id
		: `items[${index}]`;
}

/** valibot's wording for a missing or unknown key is about keys; writers think in fields. */
function describe(issue: v.BaseIssue<unknown>): string {
	if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a field here';
	if (issue.type === 'strict_object' && issue.received === 'undefined') return 'is missing';
	return issue.message;
}

/**
 * Locates each issue: paths under `items.<n>` belong to that item (named by {@link itemLabel}),
 * everything else to the set.
 *
 * @example
 * issueProblems('questions/sets/x.json', rawSet, issues);
 * // → [{ file: 'questions/sets/x.json', item: 'x-2', field: 'options', problem: 'needs 4 or more options' }]
 */
export function issueProblems(
	file: string,
	json: unknown,
	issues: readonly v.BaseIssue<unknown>[]
): ContentProblem[] {
	const items = isRecord(json) && Array.isArray(json.items) ? json.items : [];
	return issues.map((issue) => {
		const keys = (issue.path ?? []).map((step) => String(step.key));
		const [first, index, ...rest] = keys;
		const inItem = first === 'items' && index !== undefined && /^\d+$/u.test(index);
		const field = (inItem ? rest : keys).join('.') || (inItem ? '(item)' : '(root)');
		const item = inItem ? itemLabel(items[Number(index)], Number(index)) : SET_LEVEL;
		return { file, item, field, problem: describe(issue) };
	});
}
