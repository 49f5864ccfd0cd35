import { describe, expect, it } from 'vitest';
import { makeItem } from './test-items';
import { displayPrompt } from './prompt';

describe('displayPrompt', () => {
	it('leaves the instruction of a multi item to its checkbox group', () => {
		const item = makeItem('multi');
		expect(displayPrompt({ ...item, prompt: 'Which ones? Select all that apply.' })).toBe(
			'Which ones?'
		);
		expect(displayPrompt({ ...item, prompt: 'Which ones? Choose all that apply' })).toBe(
			'Which ones?'
		);
		expect(displayPrompt({ ...item, prompt: 'Which ones apply here?' })).toBe(
			'Which ones apply here?'
		);
	});

	it('widens a cloze blank and leaves other prompts alone', () => {
		expect(displayPrompt({ ...makeItem('cloze'), prompt: 'A ___ here.' })).toBe('A _____ here.');
		const mcq = makeItem('mcq');
		expect(displayPrompt(mcq)).toBe(mcq.prompt);
	});
});
