import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { harbourArticle, harbourSet } from '../src/lib/content/fixtures/harbour';
import { makeTempRoot, type TempRoot } from '../src/lib/content/fixtures/temp-root';
import { buildSetIndex } from '../src/lib/content/set-index';
import { contentVersion } from '../src/lib/content/version';
import { VIRTUAL_CONTENT, contentModuleSource, repasoContent } from './content-plugin';

let temp: TempRoot | undefined;
afterEach(async () => {
	await temp?.remove();
	temp = undefined;
});

/** Calls a plugin hook written as a plain function, with a stand-in for Rollup's context. */
function callHook(hook: unknown, context: object, ...args: unknown[]): unknown {
	if (typeof hook !== 'function') throw new Error('expected a function hook');
	return (hook as (...inner: unknown[]) => unknown).apply(context, args);
}

async function startBuild(command: 'build' | 'serve', sets: Record<string, unknown>) {
	temp = await makeTempRoot(sets, harbourArticle);
	const plugin = repasoContent({ REPASO_ARTICLE: temp.articlePath });
	callHook(plugin.configResolved, {}, { root: temp.root, command } as ResolvedConfig);
	const context = {
		error: vi.fn((message: string) => {
			throw new Error(message);
		}),
		warn: vi.fn()
	};
	const outcome = await Promise.resolve(callHook(plugin.buildStart, context)).then(
		() => 'started',
		(error: unknown) => (error instanceof Error ? error.message : String(error))
	);
	return { plugin, context, outcome };
}

describe('repasoContent', () => {
	it('starts a build of a valid bank', async () => {
		const { outcome, context } = await startBuild('build', { 'harbour.json': harbourSet() });
		expect(outcome).toBe('started');
		expect(context.warn).not.toHaveBeenCalled();
	});

	it('fails a build when the bank has problems, listing them', async () => {
		const set = { ...harbourSet(), notes: 'Too short.' };
		const { outcome } = await startBuild('build', { 'harbour.json': set });
		expect(outcome).toContain('The question bank has problems:');
		expect(outcome).toContain(
			'questions/sets/harbour.json: (set): notes: has 2 words, needs 150–400'
		);
	});

	it('only warns in the dev server', async () => {
		const set = { ...harbourSet(), notes: 'Too short.' };
		const { outcome, context } = await startBuild('serve', { 'harbour.json': set });
		expect(outcome).toBe('started');
		expect(context.warn).toHaveBeenCalledWith(expect.stringContaining('notes: has 2 words'));
	});

	it('serves the virtual module and watches the set files', async () => {
		const { plugin } = await startBuild('build', { 'harbour.json': harbourSet() });
		const resolved = callHook(plugin.resolveId, {}, VIRTUAL_CONTENT);
		expect(callHook(plugin.resolveId, {}, 'other')).toBeUndefined();
		const context = { addWatchFile: vi.fn() };
		const code = await callHook(plugin.load, context, resolved);
		expect(code).toContain(
			`export const contentVersion = "${await contentVersion([harbourSet()])}";`
		);
		expect(context.addWatchFile).toHaveBeenCalledWith(
			expect.stringMatching(/questions\/sets\/harbour\.json$/u)
		);
		expect(await callHook(plugin.load, context, 'other')).toBeUndefined();
	});
});

describe('contentModuleSource', () => {
	it('exports the version and index of the valid sets only', async () => {
		const other = { ...harbourSet(), id: 'other' };
		temp = await makeTempRoot(
			{ 'harbour.json': harbourSet(), 'other.json': other, 'bad.json': {} },
			null
		);
		const { code, watch } = await contentModuleSource(temp.root);
		const version = await contentVersion([harbourSet(), other]);
		expect(code).toBe(
			`export const contentVersion = "${version}";\nexport const setIndex = ${JSON.stringify(buildSetIndex([harbourSet(), other]))};\n`
		);
		expect(watch).toHaveLength(3);
	});
});
