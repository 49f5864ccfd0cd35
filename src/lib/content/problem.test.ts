import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem';
import { setIdFromPath } from './paths';
import { itemLabel } from './schema-issues';

describe('formatProblem', () => {
	it('joins file, item, field and problem', () => {
		const problem = {
			file: 'questions/sets/x.json',
			item: 'x-1',
			field: 'answer',
			problem: 'is wrong'
		};
		expect(formatProblem(problem)).toBe('questions/sets/x.json: x-1: answer: is wrong');
	});

	it('leaves out an empty field, as article problems have', () => {
		const problem = {
			file: 'article',
			item: 'paragraph 2 ("In…")',
			field: '',
			problem: 'covered by 1 item, needs 3'
		};
		expect(formatProblem(problem)).toBe('article: paragraph 2 ("In…"): covered by 1 item, needs 3');
	});
});

describe('itemLabel', () => {
	it('uses the id when there is one, else the position', () => {
		expect(itemLabel({ id: 'x-3' }, 2)).toBe('x-3');
		expect(itemLabel({ id: ' ' }, 2)).toBe('items[2]');
		expect(itemLabel(null, 0)).toBe('items[0]');
	});
});

describe('setIdFromPath', () => {
	it('takes the file name without .json, from any kind of path', () => {
		expect(setIdFromPath('/questions/sets/honduras.json')).toBe('honduras');
		expect(setIdFromPath('questions/sets/el-salvador.json')).toBe('el-salvador');
		expect(setIdFromPath('timeline.json')).toBe('timeline');
	});
});
