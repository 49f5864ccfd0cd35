import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UnknownSetError, createBank, listSetIds, loadSet } from './bank';
import { harbourSet } from './fixtures/harbour';

function fixtureBank() {
	const loaded: string[] = [];
	const loader = (id: string) => async () => {
		loaded.push(id);
		return { ...harbourSet(), id };
	};
	const bank = createBank({
		'/questions/sets/zebra.json': loader('zebra'),
		'/questions/sets/harbour.json': loader('harbour')
	});
	return { bank, loaded };
}

describe('createBank', () => {
	it('lists set ids from the file names, sorted, without loading any set', () => {
		const { bank, loaded } = fixtureBank();
		expect(bank.listSetIds()).toEqual(['harbour', 'zebra']);
		expect(loaded).toEqual([]);
	});

	it('loads only the set asked for', async () => {
		const { bank, loaded } = fixtureBank();
		expect((await bank.loadSet('zebra')).id).toBe('zebra');
		expect(loaded).toEqual(['zebra']);
	});

	it('leaves retired items out of a loaded set', async () => {
		const set = harbourSet();
		set.items[2] = { ...set.items[2]!, retired: 'Repeats harbour-1.' };
		const bank = createBank({ '/questions/sets/harbour.json': async () => set });
		const ids = (await bank.loadSet('harbour')).items.map((item) => item.id);
		expect(ids).toHaveLength(11);
		expect(ids).not.toContain('harbour-3');
	});

	it('loads every set in id order', async () => {
		const { bank } = fixtureBank();
		expect((await bank.loadAllSets()).map((set) => set.id)).toEqual(['harbour', 'zebra']);
	});

	it('rejects an unknown id with a named error', async () => {
		const { bank } = fixtureBank();
		const error = await bank.loadSet('nowhere').catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(UnknownSetError);
		expect(error).toMatchObject({ name: 'UnknownSetError', setId: 'nowhere' });
		expect(String(error)).toContain('No question set "nowhere"');
	});
});

describe('the app bank', () => {
	it('lists exactly the files in questions/sets', () => {
		const files = readdirSync('questions/sets')
			.filter((file) => file.endsWith('.json'))
			.map((file) => file.replace(/\.json$/u, ''))
			.sort();
		expect(files.length).toBeGreaterThan(0);
		expect(listSetIds()).toEqual(files);
	});

	it('loads a set file as its JSON', async () => {
		const [first] = listSetIds();
		expect(first).toBeDefined();
		const set = await loadSet(first ?? '');
		expect(set.id).toBe(first);
		expect(set.items.length).toBeGreaterThan(0);
	});
});
