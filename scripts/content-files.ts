/**
 * Reading the question bank and the article from disk, shared by the content scripts and the build
 * plugin. The checking itself is pure and lives in src/lib/content.
 */
import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BankFile } from '../src/lib/content/check.ts';
import { SETS_DIR } from '../src/lib/content/paths.ts';
import { SET_LEVEL, type ContentProblem } from '../src/lib/content/problem.ts';

/** The project root, wherever the script is started from. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Relative to the project root; the article is not part of the app, so it lives beside it. */
export const DEFAULT_ARTICLE = '../shared/seed/article.txt';

export interface BankOnDisk {
	/** Files that parsed as JSON, sorted by path. */
	files: BankFile[];
	/** Files that did not, one problem each. */
	unreadable: ContentProblem[];
}

/**
 * Reads every `questions/sets/*.json` under `root`; paths come back as `questions/sets/<id>.json`.
 *
 * @example const { files, unreadable } = await readBankFiles(projectRoot);
 */
export async function readBankFiles(root: string): Promise<BankOnDisk> {
	const names = (await readdir(resolve(root, SETS_DIR)))
		.filter((name) => name.endsWith('.json'))
		.sort();
	const bank: BankOnDisk = { files: [], unreadable: [] };
	for (const name of names) {
		const path = `${SETS_DIR}/${name}`;
		const text = await readFile(resolve(root, path), 'utf8');
		try {
			bank.files.push({ path, json: JSON.parse(text) as unknown });
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			bank.unreadable.push({
				file: path,
				item: SET_LEVEL,
				field: '(file)',
				problem: `is not valid JSON: ${reason}`
			});
		}
	}
	return bank;
}

/** `REPASO_ARTICLE` (absolute, or relative to the root) or the default beside the project. */
export function articlePath(root: string, env: NodeJS.ProcessEnv = process.env): string {
	return resolve(root, env.REPASO_ARTICLE ?? DEFAULT_ARTICLE);
}

/**
 * The article text, or null when the file does not exist (the bank is then checked without it).
 *
 * @example await readArticle('/work/main/../shared/seed/article.txt') // → 'How Drug Cartels…'
 */
export async function readArticle(path: string): Promise<string | null> {
	try {
		return await readFile(path, 'utf8');
	} catch (error) {
		if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
		throw error;
	}
}

/** True when the module at `moduleUrl` is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
	return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(moduleUrl);
}
