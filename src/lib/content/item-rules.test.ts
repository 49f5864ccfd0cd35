import { describe, expect, it } from 'vitest';
import { harbourItems } from './fixtures/harbour';
import { itemRules } from './item-rules';
import type { Item } from './schema';

function item(n: number, patch: Record<string, unknown>): Item {
	return { ...harbourItems()[n - 1], ...patch } as Item;
}

describe('a prompt that contains its own answer', () => {
	it('catches the keyed mcq answer in the prompt', () => {
		const bad = item(2, { prompt: 'Was the harbour town founded in 1820?' });
		expect(itemRules(bad)).toEqual([
			{ field: 'prompt', problem: 'contains its own answer "1820"' }
		]);
		expect(itemRules(item(2, {}))).toEqual([]);
	});

	it('catches an accepted typed answer, folded, as whole words only', () => {
		const bad = item(6, { prompt: 'What wood (timber) rebuilt the pier?', accept: ['wood'] });
		expect(itemRules(bad)).toEqual([
			{ field: 'prompt', problem: 'contains its own answer "Timber"' },
			{ field: 'prompt', problem: 'contains its own answer "wood"' }
		]);
		const good = item(6, { prompt: 'What rebuilt the pier, woodwork aside?', accept: ['wood'] });
		expect(itemRules(good)).toEqual([]);
	});

	it('catches the cloze answer outside the blank and skips retired items', () => {
		const bad = item(3, { prompt: 'The fishermen built a pier of stone ___ the square.' });
		expect(itemRules(bad)).toEqual([
			{ field: 'prompt', problem: 'contains its own answer "pier"' }
		]);
		expect(itemRules({ ...bad, retired: '2026-01-01' } as Item)).toEqual([]);
	});
});

describe('a typed prompt that states a word count', () => {
	it('catches accepted answers with another number of words', () => {
		const bad = item(6, {
			prompt: 'What material rebuilt the pier? (one word)',
			accept: ['oak planks']
		});
		expect(itemRules(bad)).toEqual([
			{ field: 'accept', problem: '"oak planks" has 2 words but the prompt asks for 1' }
		]);
		const good = item(6, {
			prompt: 'What material rebuilt the pier? (one word)',
			accept: ['wood']
		});
		expect(itemRules(good)).toEqual([]);
		const two = item(6, { prompt: 'What material rebuilt the pier? (2 words)' });
		expect(itemRules(two)).toEqual([
			{ field: 'answer', problem: '"Timber" has 1 words but the prompt asks for 2' },
			{ field: 'accept', problem: '"wood" has 1 words but the prompt asks for 2' }
		]);
	});
});
