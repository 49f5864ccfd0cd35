/** One finding of the content check, located precisely enough for a writer to fix it. */
export interface ContentProblem {
	/** The set file as given to the check (`questions/sets/<id>.json`), or `article`. */
	file: string;
	/** The item id, {@link SET_LEVEL} for the set's own fields, or the article paragraph. */
	item: string;
	/** A dot path inside the item (`options`, `events.2.year`); empty for article findings. */
	field: string;
	problem: string;
}

/** Where a problem belongs to the set itself rather than one of its items. */
export const SET_LEVEL = '(set)';

/** The `file` of problems that concern the article rather than one set. */
export const ARTICLE_FILE = 'article';

/**
 * Renders a problem as one line, `file: item: field: problem`, leaving out the parts it lacks.
 *
 * @example
 * formatProblem({ file: 'questions/sets/honduras.json', item: 'honduras-3', field: 'answer', problem: 'is wrong' });
 * // → 'questions/sets/honduras.json: honduras-3: answer: is wrong'
 */
export function formatProblem({ file, item, field, problem }: ContentProblem): string {
	return [file, item, field, problem].filter((part) => part !== '').join(': ');
}
