/**
 * Vite plugin: runs the content check when a build starts (a bank with problems fails the build,
 * so it can never ship; the dev server only warns) and serves `virtual:repaso-content` with the
 * content version and the set index, computed from the set files at build time.
 */
import { resolve } from 'node:path';
import * as v from 'valibot';
import type { Plugin } from 'vite';
import { QuestionSet } from '../src/lib/content/schema.ts';
import { buildSetIndex } from '../src/lib/content/set-index.ts';
import { contentVersion } from '../src/lib/content/version.ts';
import { readBankFiles } from './content-files.ts';
import { runContentCheck } from './content-check.ts';

export const VIRTUAL_CONTENT = 'virtual:repaso-content';
const resolvedVirtualContent = `\0${VIRTUAL_CONTENT}`;

/** The module's source; only valid sets count, which after a passing check is all of them. */
export async function contentModuleSource(
	root: string
): Promise<{ code: string; watch: string[] }> {
	const { files } = await readBankFiles(root);
	const sets = files.flatMap(({ json }) => {
		const parsed = v.safeParse(QuestionSet, json);
		return parsed.success ? [parsed.output] : [];
	});
	const code = [
		`export const contentVersion = ${JSON.stringify(await contentVersion(sets))};`,
		`export const setIndex = ${JSON.stringify(buildSetIndex(sets))};`,
		''
	].join('\n');
	return { code, watch: files.map(({ path }) => resolve(root, path)) };
}

/**
 * @example plugins: [repasoContent(), sveltekit()]
 */
export function repasoContent(env: NodeJS.ProcessEnv = process.env): Plugin {
	let root = process.cwd();
	let failOnProblems = true;
	return {
		name: 'repaso-content',
		configResolved(config) {
			root = config.root;
			failOnProblems = config.command === 'build';
		},
		async buildStart() {
			const { exitCode, lines } = await runContentCheck(root, env);
			if (exitCode === 0) return;
			const message = ['The question bank has problems:', ...lines].join('\n');
			if (failOnProblems) this.error(message);
			else this.warn(message);
		},
		resolveId(id) {
			return id === VIRTUAL_CONTENT ? resolvedVirtualContent : undefined;
		},
		async load(id) {
			if (id !== resolvedVirtualContent) return undefined;
			const { code, watch } = await contentModuleSource(root);
			// Editing a set file in dev then reloads the module with a new version and index.
			for (const file of watch) this.addWatchFile(file);
			return code;
		}
	};
}
