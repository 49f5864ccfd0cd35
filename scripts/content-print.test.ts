import { afterEach, describe, expect, it } from 'vitest';
import { harbourSet } from '../src/lib/content/fixtures/harbour';
import { makeTempRoot, type TempRoot } from '../src/lib/content/fixtures/temp-root';
import { formatSet, printBank } from './content-print';

describe('formatSet', () => {
	const text = formatSet(harbourSet());

	it('starts with the id, title and item count, then description and notes', () => {
		expect(text.split('\n').slice(0, 6)).toEqual([
			'harbour — The harbour town (12 items)',
			'=====================================',
			'Founding, storm and ferry.',
			'',
			'Notes:',
			expect.stringMatching(/^ {2}Fishing families started/u)
		]);
	});

	it('prints each item with its answer marked, quote and explanation', () => {
		expect(text).toContain(
			[
				'harbour-2 · mcq · difficulty 1 · harbour',
				'  Prompt: In which year was the harbour town founded?',
				'  Options:',
				'    ✓ 1820',
				'    · 1901',
				'    · 1950',
				'    · 1990',
				'  Quote: “The harbour town was founded in 1820”',
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
	});
});
