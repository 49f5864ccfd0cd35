import { afterEach, describe, expect, it } from 'vitest';
import { harbourSet } from '../src/lib/content/fixtures/harbour';
import { makeTempRoot, type TempRoot } from '../src/lib/content/fixtures/temp-root';
import { formatSet, printBank } from './content-print';

describe('formatSet', () => {
	const text = formatSet(harbourSet());

	it('starts with the id, title and item count, then description and notes', () => {
		expect(text.split('\n').slice(0, 7)).toEqual([
			'harbour — The harbour town (12 items)',
			'=====================================',
			'Levels: recall 12 · understand 0 · analyse 0; retired 0',
			'Founding, storm and ferry.',
			'',
			'Notes:',
			expect.stringMatching(/^ {2}Fishing families started/u)
		]);
	});

	it('prints each item with its answer marked, quote and explanation', () => {
		expect(text).toContain(
			[
				'harbour-2 · mcq · recall · difficulty 1 · harbour',
				'  Prompt: In which year was the harbour town founded?',
				'  Options:',
				'    ✓ 1820',
				'    · 1901',
				'    · 1950',
				'    · 1990',
				'  Quote (A Short History of the Harbour Town and Its Famous Old Stone Pier): “The harbour town was founded in 1820”',
				'  Explanation: Our own short summary of why this is right and why it matters for the story.'
			].join('\n')
		);
		expect(text).toContain(
			'  Order:\n    1. 1820: The town is founded\n    2. 1901: A storm destroys'
		);
		expect(text).toContain('  Pairs:\n    1820 → The town is founded');
		expect(text).toContain('  Answer: pier\n  Also accepted: stone pier');
		expect(text).toContain('  Answer: false');
		expect(text).toContain('  Back: Fishermen');
	});

	it('counts only active items and marks a retired one', () => {
		const set = harbourSet();
		set.items[0] = { ...set.items[0]!, retired: 'Repeats harbour-10.' };
		set.items[1] = { ...set.items[1]!, level: 'analyse', difficulty: 3 };
		const printed = formatSet(set);
		expect(printed).toContain('harbour — The harbour town (11 items)');
		expect(printed).toContain('Levels: recall 10 · understand 0 · analyse 1; retired 1');
		expect(printed).toContain('  RETIRED: Repeats harbour-10.\n  Prompt: Who founded');
	});
});

describe('printBank', () => {
	let temp: TempRoot | undefined;
	afterEach(async () => temp?.remove());

	it('prints valid sets and names the ones it cannot print', async () => {
		temp = await makeTempRoot(
			{ 'harbour.json': harbourSet(), 'bad.json': { id: 'bad' }, 'worse.json': '{' },
			null
		);
		const text = await printBank(temp.root);
		expect(text).toContain('questions/sets/bad.json: not printed, it has schema errors');
		expect(text).toContain('questions/sets/worse.json: not printed, it is not valid JSON');
		expect(text).toContain('harbour — The harbour town (12 items)');
		expect(text).toContain('Whole bank: Levels: recall 12 · understand 0 · analyse 0; retired 0');
	});
});
