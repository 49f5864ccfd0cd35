/** Where set files live, relative to the project root; a set's id is its file name. */
export const SETS_DIR = 'questions/sets';

/**
 * The set id a file path names.
 *
 * @example setIdFromPath('/questions/sets/honduras.json') === 'honduras'
 */
export function setIdFromPath(path: string): string {
	return (path.split('/').pop() ?? path).replace(/\.json$/u, '');
}
