import { describe, expect, it } from 'vitest';
import { readable } from './readable';

describe('readable', () => {
	it('writes direction marks and invisible characters as escapes', () => {
		expect(readable('\u202Egnp.exe\u200B\u200D\uFEFF')).toBe('\\u202egnp.exe\\u200b\\u200d\\ufeff');
		expect(readable('a\u2028b\u0007c')).toBe('a\\u2028b\\u0007c');
		expect(readable('tag\u{E0041}')).toBe('tag\\u{e0041}');
	});

	it('leaves ordinary text of any script alone, markup included', () => {
		const text = 'María <img src=x onerror=alert(1)> עברית 日本語 🙂';
		expect(readable(text)).toBe(text);
	});

	it('cuts long text with an ellipsis', () => {
		expect(readable('x'.repeat(1_000_000), 10)).toBe(`${'x'.repeat(10)}…`);
		expect(readable('x'.repeat(10), 10)).toBe('x'.repeat(10));
	});
});
