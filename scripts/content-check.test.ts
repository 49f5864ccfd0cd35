import { afterEach, describe, expect, it } from 'vitest';
import { harbourArticle, harbourSet } from '../src/lib/content/fixtures/harbour';
import { makeTempRoot, type TempRoot } from '../src/lib/content/fixtures/temp-root';
import { projectRoot } from './content-files';
import { runContentCheck } from './content-check';

const summary =
	'1 set, 12 items (flashcard 2, mcq 2, multi 1, truefalse 2, cloze 1, typed 2, order 1, match 1; recall 12, understand 0, analyse 0), 0 retired';

let temp: TempRoot | undefined;
afterEach(async () => {
	await temp?.remove();
	temp = undefined;
});

describe('runContentCheck', () => {
	it('passes a valid bank with only the summary line', async () => {
		temp = await makeTempRoot({ 'harbour.json': harbourSet() }, harbourArticle);
		const run = await runContentCheck(temp.root, { REPASO_ARTICLE: temp.articlePath });
		expect(run).toEqual({ exitCode: 0, lines: [`${summary}: no problems`] });
	});

	it('prints each problem and exits 1', async () => {
		const set = harbourSet();
		set.notes = 'Too short.';
		temp = await makeTempRoot({ 'harbour.json': set }, harbourArticle);
		const run = await runContentCheck(temp.root, { REPASO_ARTICLE: temp.articlePath });
		expect(run).toEqual({
			exitCode: 1,
			lines: [
				'questions/sets/harbour.json: (set): notes: has 2 words, needs 150–400',
				`${summary}: 1 problem`
			]
		});
	});

	it('says once that the article is missing and still checks the rest', async () => {
		const set = harbourSet();
		set.items = set.items.map((item) => ({
			...item,
			source: { ...item.source, quote: 'not in the article' }
		}));
		set.notes = 'Too short.';
		temp = await makeTempRoot({ 'harbour.json': set }, null);
		const run = await runContentCheck(temp.root, { REPASO_ARTICLE: temp.articlePath });
		expect(run.lines).toEqual([
			`Article not found at ${temp.articlePath} (set REPASO_ARTICLE): quote, copy and coverage checks skipped.`,
			'questions/sets/harbour.json: (set): notes: has 2 words, needs 150–400',
			`${summary}: 1 problem`
		]);
		expect(run.exitCode).toBe(1);
	});

	it('reports a file that is not JSON and counts it as a set', async () => {
		temp = await makeTempRoot(
			{ 'harbour.json': harbourSet(), 'broken.json': '{ "id": ' },
			harbourArticle
		);
		const run = await runContentCheck(temp.root, { REPASO_ARTICLE: temp.articlePath });
		expect(run.exitCode).toBe(1);
		expect(run.lines[0]).toMatch(
			/^questions\/sets\/broken\.json: \(set\): \(file\): is not valid JSON: /u
		);
		expect(run.lines[1]).toBe(
			'2 sets, 12 items (flashcard 2, mcq 2, multi 1, truefalse 2, cloze 1, typed 2, order 1, match 1; recall 12, understand 0, analyse 0), 0 retired: 1 problem'
		);
	});
});

describe('the committed question bank', () => {
	// The content gate of `npm test`: with the article when it is present, without it elsewhere.
	it('passes the content check', async () => {
		const { lines } = await runContentCheck(projectRoot);
		expect(lines.filter((line) => !line.startsWith('Article not found'))).toEqual([
			expect.stringMatching(/: no problems$/u)
		]);
	});
});
