import { describe, expect, it } from 'vitest';
import { harbourSet } from './fixtures/harbour';
import { bankHashInput, contentVersion } from './version';

describe('contentVersion', () => {
	const other = { ...harbourSet(), id: 'other' };

	it('is 12 hex digits, stable for the same bank', async () => {
		const version = await contentVersion([harbourSet(), other]);
		expect(version).toMatch(/^[0-9a-f]{12}$/u);
		expect(await contentVersion([harbourSet(), other])).toBe(version);
	});

	it('ignores set order and key order', async () => {
		const reordered = Object.fromEntries(Object.entries(harbourSet()).reverse());
		expect(bankHashInput([other, reordered as typeof other])).toBe(
			bankHashInput([harbourSet(), other])
		);
		expect(await contentVersion([other, harbourSet()])).toBe(
			await contentVersion([harbourSet(), other])
		);
	});

	it('changes when any item changes', async () => {
		const edited = harbourSet();
		const [first] = edited.items;
		if (first?.type === 'flashcard') first.back = 'Fisherfolk';
		expect(await contentVersion([edited])).not.toBe(await contentVersion([harbourSet()]));
	});

	it('is the SHA-256 of the canonical input', async () => {
		// sha256("[]") = 4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945
		expect(await contentVersion([])).toBe('4f53cda18c2b');
	});
});
