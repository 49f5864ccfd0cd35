/**
 * Only the active language's text in the first load. Each of Paraglide's message modules holds the
 * message in every language, which suits the other screens (a language switch loads nothing),
 * but would make every learner's first visit download the first screen's text in every language.
 * So for the messages the first load names, this moves each language's text into one module per
 * language (`virtual:repaso-first-load-text/<locale>`), which src/lib/i18n/first-load-text.ts
 * loads with `import()` before anything renders, and leaves in the message module one line that
 * reads the text from there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rollup } from 'vite';
import {
	firstLoadEntryIds,
	messageIndex,
	messageKeysNamed,
	messageModule,
	staticGraph
} from './first-load-graph.ts';

type PluginContext = Rollup.PluginContext;

/** Paraglide's output, where the vite config has it compile the messages. */
const paraglideDir = fileURLToPath(new URL('../src/lib/paraglide', import.meta.url));
/** The module whose `firstLoadMessage(key)` shows a message from the loaded text. */
const accessorModule = fileURLToPath(
	new URL('../src/lib/i18n/first-load-text.ts', import.meta.url)
);

// Matched by firstLoadTextModule in first-load-graph.ts once resolved.
const loaderId = 'virtual:repaso-first-load-text';
const textId = (locale: string) => `${loaderId}/${locale}`;

/**
 * One language's text of a message, as Paraglide writes it: `const es_key = <function>;`, the
 * function's last line being `};` alone.
 */
function definition(locale: string, key: string): RegExp {
	return new RegExp(`^const ${locale}_${key} = ([\\s\\S]*?\\n\\});$`, 'm');
}

/** The function that gives a message's text in one language, from its module's source. */
export function textFunction(source: string, locale: string, key: string): string | undefined {
	return definition(locale, key).exec(source)?.[1];
}

/**
 * The message module of a first-load message: the same export, now reading its text from the
 * active language's module. Undefined when the source does not export the message as expected.
 */
export function firstLoadMessageModule(
	source: string,
	key: string,
	accessorModule: string
): string | undefined {
	if (source.match(new RegExp(`^export const ${key} = `, 'gm'))?.length !== 1) return undefined;
	return [
		`import { firstLoadMessage } from ${JSON.stringify(accessorModule)};`,
		`export const ${key} = firstLoadMessage(${JSON.stringify(key)});`
	].join('\n');
}

/** The module of one language's first-load text: an object of the messages' functions by key. */
export function textModule(
	texts: readonly { key: string; source: string }[],
	locale: string,
	registryId: string
): string {
	const entries = texts.map(({ key, source }) => {
		const text = textFunction(source, locale, key);
		if (text === undefined)
			throw new Error(`message ${key} has no ${locale} text in the expected shape`);
		return `\t${JSON.stringify(key)}: ${text}`;
	});
	return [
		`import * as registry from ${JSON.stringify(registryId)};`,
		`export default {\n${entries.join(',\n')}\n};`
	].join('\n');
}

export function firstLoadText(locales: readonly string[]): Plugin {
	let root = process.cwd();
	let building = false;
	/** The keys of every message the first load names, found once per build. */
	let keys: Promise<Set<string>> | undefined;
	const messageFile = (key: string) => resolve(paraglideDir, 'messages', `${key}.js`);

	/**
	 * Walks the first load's static imports from its entries, started by the first hook that
	 * needs it, without waiting for the whole graph: the message modules wait for this walk, and
	 * it never loads one of them.
	 */
	function firstLoadKeys(context: PluginContext): Promise<Set<string>> {
		keys ??= (async () => {
			const importsOf = async (id: string): Promise<string[]> => {
				if (/[\\/]node_modules[\\/]/.test(id) || id.startsWith('\0')) return [];
				const info = await context.load({ id, resolveDependencies: true });
				return (info?.importedIds ?? []).filter(
					(imported) => !messageIndex.test(imported) && !messageModule.test(imported)
				);
			};
			const reached = await staticGraph(firstLoadEntryIds(root), importsOf);
			const named = new Set(
				[...reached].flatMap((id) => [...messageKeysNamed(context.getModuleInfo(id)?.code)])
			);
			// `m.` may name something other than a message in some module.
			return new Set([...named].filter((key) => existsSync(messageFile(key))));
		})();
		return keys;
	}

	return {
		name: 'repaso-first-load-text',
		configResolved(config) {
			root = config.root;
			building = config.command === 'build';
		},
		resolveId(id) {
			if (id === loaderId || locales.some((locale) => id === textId(locale))) return `\0${id}`;
			return null;
		},
		async load(id) {
			if (id === `\0${loaderId}`) {
				const loaders = locales.map(
					(locale) => `\t${JSON.stringify(locale)}: () => import(${JSON.stringify(textId(locale))})`
				);
				return `export const loaders = {\n${loaders.join(',\n')}\n};`;
			}
			const locale = locales.find((candidate) => id === `\0${textId(candidate)}`);
			if (locale === undefined) return null;
			const named =
				this.environment.name === 'client' && building ? await firstLoadKeys(this) : undefined;
			const texts = [...(named ?? [])].sort().map((key) => ({
				key,
				source: readFileSync(messageFile(key), 'utf8')
			}));
			return textModule(texts, locale, resolve(paraglideDir, 'registry.js'));
		},
		buildStart() {
			keys = undefined;
		},
		async transform(code, id) {
			if (!building || this.environment.name !== 'client') return null;
			const key = messageModule.exec(id)?.[1];
			if (key === undefined) return null;
			if (!(await firstLoadKeys(this)).has(key)) return null;
			const rewritten = firstLoadMessageModule(code, key, accessorModule);
			if (rewritten === undefined) {
				this.error(`${id}: the message is not exported in the shape this build expects`);
			}
			return { code: rewritten, map: null };
		}
	};
}
