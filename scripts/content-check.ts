/**
 * `npm run content:check`: checks every question set against the schema, the item rules and the
 * article; prints one line per problem and a summary, and exits 1 on any problem.
 */
import { checkBank, summariseBank, type BankSummary } from '../src/lib/content/check.ts';
import { formatProblem } from '../src/lib/content/problem.ts';
import { articlePath, isMain, projectRoot, readArticle, readBankFiles } from './content-files.ts';

export interface CheckRun {
	exitCode: 0 | 1;
	/** What the script prints, one entry a line. */
	lines: string[];
}

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const listed = (counts: Record<string, number>) =>
	Object.entries(counts)
		.map(([key, count]) => `${key} ${count}`)
		.join(', ');

function summaryLine(
	{ sets, items, retired, byType, byLevel }: BankSummary,
	problems: number
): string {
	const verdict = problems === 0 ? 'no problems' : counted(problems, 'problem');
	return `${counted(sets, 'set')}, ${counted(items, 'item')} (${listed(byType)}; ${listed(byLevel)}), ${retired} retired: ${verdict}`;
}

/**
 * Runs the whole check over the bank under `root`, with the article named by `env`.
 *
 * @example const { exitCode, lines } = await runContentCheck(projectRoot);
 */
export async function runContentCheck(
	root: string,
	env: NodeJS.ProcessEnv = process.env
): Promise<CheckRun> {
	const path = articlePath(root, env);
	const article = await readArticle(path);
	const { files, unreadable } = await readBankFiles(root);
	const problems = [...unreadable, ...checkBank(files, article)];
	const missing =
		article === null
			? [
					`Article not found at ${path} (set REPASO_ARTICLE): quote, copy and coverage checks skipped.`
				]
			: [];
	const summary = summariseBank(files);
	return {
		exitCode: problems.length === 0 ? 0 : 1,
		lines: [
			...missing,
			...problems.map(formatProblem),
			summaryLine({ ...summary, sets: summary.sets + unreadable.length }, problems.length)
		]
	};
}

if (isMain(import.meta.url)) {
	const { exitCode, lines } = await runContentCheck(projectRoot);
	for (const line of lines) console.log(line);
	process.exitCode = exitCode;
}
