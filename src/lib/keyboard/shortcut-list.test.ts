import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { shortcutList, type ShortcutEntry } from './shortcut-list';
import { shortcutFor, type KeyTarget } from './shortcuts';

const onCard: KeyTarget = { typing: false, control: false, dialog: false };
const keyOf: Record<string, string> = { Space: ' ', Enter: 'Enter', Escape: 'Escape' };

/** The action shortcutFor gives each key the entry names (the first and last of a run). */
function actions(entry: ShortcutEntry) {
	return entry.keys.map((label) =>
		shortcutFor(
			{ key: keyOf[label] ?? label, altKey: false, ctrlKey: false, metaKey: false, repeat: false },
			onCard
		)
	);
}

describe('shortcutList', () => {
	it('lists for study exactly the keys shortcutFor maps, each doing what it says', () => {
		const study = shortcutList('study');
		expect(study.map((entry) => entry.does)).toEqual([
			'options',
			'reveal',
			'grades',
			'check-grade',
			'undo',
			'help',
			'close'
		]);
		const byDoes = Object.fromEntries(study.map((entry) => [entry.does, actions(entry)]));
		expect(byDoes.options).toEqual([
			{ kind: 'option', index: 0 },
			{ kind: 'option', index: 5 }
		]);
		expect(byDoes.reveal).toEqual([{ kind: 'reveal' }]);
		expect(byDoes.grades).toEqual([
			{ kind: 'grade', grade: Rating.Again },
			{ kind: 'grade', grade: Rating.Easy }
		]);
		expect(byDoes['check-grade']).toEqual([{ kind: 'enter' }]);
		expect(byDoes.undo).toEqual([{ kind: 'undo' }]);
		expect(byDoes.help).toEqual([{ kind: 'help' }]);
		// Escape is the dialog's own: no page shortcut takes it.
		expect(byDoes.close).toEqual([null]);
	});

	it('leaves undo out of a quiz, where Enter moves on and grade keys self-grade flashcards', () => {
		const quiz = shortcutList('quiz');
		expect(quiz.map((entry) => entry.does)).toEqual([
			'options',
			'reveal',
			'did-not-know',
			'knew',
			'check-next',
			'help',
			'close'
		]);
		const byDoes = Object.fromEntries(quiz.map((entry) => [entry.does, actions(entry)]));
		// The same keys as study's Again, and Hard to Easy.
		expect(byDoes['did-not-know']).toEqual([{ kind: 'grade', grade: Rating.Again }]);
		expect(byDoes.knew).toEqual([
			{ kind: 'grade', grade: Rating.Hard },
			{ kind: 'grade', grade: Rating.Easy }
		]);
	});
});
