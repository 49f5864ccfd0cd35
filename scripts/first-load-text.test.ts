import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstLoadMessageModule, textFunction, textModule } from './first-load-text';

const source = readFileSync(
	new URL('../src/lib/paraglide/messages/build_available.js', import.meta.url),
	'utf8'
);

describe('the first load text', () => {
	it("takes each language's text of a message, plurals included", () => {
		const english = textFunction(source, 'en', 'build_available');
		const spanish = textFunction(source, 'es', 'build_available');
		expect(english).toMatch(/^\/\*\* @type .*\(i\) => \{[\s\S]*questions match[\s\S]*\}$/);
		expect(english).not.toMatch(/coinciden/);
		expect(spanish).toMatch(/registry\.plural\("es"[\s\S]*coincide con[\s\S]*coinciden con/);
		expect(spanish).not.toMatch(/questions match/);
	});

	it('writes one language into a module that gives each message its text', async () => {
		const code = textModule([{ key: 'build_available', source }], 'es', '/registry.js');
		// Run it, with the registry's plural rule standing in for the import.
		const body = code.replace(/^import .*$/m, '').replace('export default', 'return');
		const registry = {
			plural: (locale: string, n: number) => new Intl.PluralRules(locale).select(n)
		};
		const text = new Function('registry', body)(registry) as Record<string, (i: unknown) => string>;
		expect(code).toMatch(/^import \* as registry from "\/registry\.js";/);
		expect(text.build_available({ count: 1 })).toBe('1 pregunta coincide con lo que elegiste.');
		expect(text.build_available({ count: 3 })).toBe('3 preguntas coinciden con lo que elegiste.');
	});

	it('stops when a message has no text in the shape it expects', () => {
		expect(() =>
			textModule([{ key: 'build_available', source: 'export const x = 1' }], 'es', '/r.js')
		).toThrow(/build_available has no es text/);
	});

	it('leaves in the message module one line that reads the loaded text', () => {
		const module = firstLoadMessageModule(source, 'build_available', '/app/first-load-text.ts');
		expect(module).toBe(
			[
				'import { firstLoadMessage } from "/app/first-load-text.ts";',
				'export const build_available = firstLoadMessage("build_available");'
			].join('\n')
		);
		expect(firstLoadMessageModule('const x = 1', 'build_available', '/a.ts')).toBeUndefined();
	});
});
