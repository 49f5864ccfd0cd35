import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messageNumbers } from './message-numbers';

const plugin = messageNumbers(['en', 'es']);
const context = {
	error: (message: string) => {
		throw new Error(message);
	}
};
const moduleId = '/app/src/lib/paraglide/messages/build_available.js';

function transform(code: string, id = moduleId): { code: string } | null {
	const hook = plugin.transform;
	if (typeof hook !== 'function') throw new Error('expected a function hook');
	return hook.call(context as never, code, id) as { code: string } | null;
}

describe('messageNumbers', () => {
	it('hands every language its inputs with the numbers localized, keeping every line', () => {
		const source = readFileSync(
			new URL('../src/lib/paraglide/messages/build_available.js', import.meta.url),
			'utf8'
		);
		const out = transform(source)!.code;
		expect(out.match(/return \w+\(localizedInputs\(inputs, locale\)\)/g)).toHaveLength(2);
		expect(out).not.toMatch(/return \w+\(inputs\)/);
		expect(out.split('\n')).toHaveLength(source.split('\n').length);
	});

	it('leaves the index and other modules alone', () => {
		expect(transform('export * from "./a.js"', '/app/src/lib/paraglide/messages/_index.js')).toBe(
			null
		);
		expect(transform('return f(inputs)', '/app/src/lib/i18n/format.ts')).toBe(null);
	});

	it('stops the build when a message passes its inputs on in another way', () => {
		expect(() => transform('export const a = (inputs) => en_a({ ...inputs })')).toThrow(
			/expected 2 places .* found 0/
		);
	});
});
