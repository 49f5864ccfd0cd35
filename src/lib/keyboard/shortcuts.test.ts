import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { keyTargetOf, optionKey, shortcutFor, type KeyPress, type KeyTarget } from './shortcuts';

const onCard: KeyTarget = { typing: false, control: false, dialog: false };
const onButton: KeyTarget = { ...onCard, control: true };

function press(key: string, extra: Partial<KeyPress> = {}): KeyPress {
	return { key, altKey: false, ctrlKey: false, metaKey: false, repeat: false, ...extra };
}

describe('shortcutFor', () => {
	it('maps letters A to F, either case, to options in order', () => {
		expect(['a', 'B', 'c', 'D', 'e', 'F'].map((key) => shortcutFor(press(key), onCard))).toEqual(
			[0, 1, 2, 3, 4, 5].map((index) => ({ kind: 'option', index }))
		);
		expect(shortcutFor(press('g'), onCard)).toBeNull();
	});

	it('maps 1 to 4 to the grades, U to undo and ? to the list of shortcuts', () => {
		expect(['1', '2', '3', '4'].map((key) => shortcutFor(press(key), onCard))).toEqual(
			[Rating.Again, Rating.Hard, Rating.Good, Rating.Easy].map((grade) => ({
				kind: 'grade',
				grade
			}))
		);
		expect(shortcutFor(press('5'), onCard)).toBeNull();
		expect(shortcutFor(press('u'), onCard)).toEqual({ kind: 'undo' });
		expect(shortcutFor(press('U'), onCard)).toEqual({ kind: 'undo' });
		// Shift is not a modifier here: it is how most keyboards type "?" and capitals.
		expect(shortcutFor(press('?'), onCard)).toEqual({ kind: 'help' });
	});

	it('maps Space to reveal and Enter to check or confirm, except on a control, which they activate', () => {
		expect(shortcutFor(press(' '), onCard)).toEqual({ kind: 'reveal' });
		expect(shortcutFor(press('Enter'), onCard)).toEqual({ kind: 'enter' });
		expect(shortcutFor(press(' '), onButton)).toBeNull();
		expect(shortcutFor(press('Enter'), onButton)).toBeNull();
		// Letters and digits mean nothing to a button, so they still work with one focused.
		expect(shortcutFor(press('a'), onButton)).toEqual({ kind: 'option', index: 0 });
		expect(shortcutFor(press('3'), onButton)).toEqual({ kind: 'grade', grade: Rating.Good });
	});

	it('leaves presses with Ctrl, Alt or Meta to the browser and screen readers', () => {
		for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
			for (const key of ['a', '1', 'u', '?', ' ', 'Enter']) {
				expect(shortcutFor(press(key, { [modifier]: true }), onCard)).toBeNull();
			}
		}
	});

	it('does nothing while typing, inside a dialog, or for a held-down key', () => {
		for (const key of ['a', '1', 'u', '?', ' ', 'Enter']) {
			expect(shortcutFor(press(key), { ...onCard, typing: true })).toBeNull();
			expect(shortcutFor(press(key), { ...onCard, dialog: true })).toBeNull();
			expect(shortcutFor(press(key, { repeat: true }), onCard)).toBeNull();
		}
	});

	it('ignores named keys', () => {
		for (const key of ['Escape', 'Tab', 'ArrowDown', 'F1', 'Backspace']) {
			expect(shortcutFor(press(key), onCard)).toBeNull();
		}
	});
});

describe('optionKey', () => {
	it('letters the first six options', () => {
		expect([0, 1, 5, 6].map(optionKey)).toEqual(['A', 'B', 'F', undefined]);
	});
});

describe('keyTargetOf', () => {
	/** A fake element that matches the selectors containing one of these fragments. */
	function element(...matches: string[]) {
		return {
			closest: (selectors: string) =>
				selectors.split(/,\s*/).some((selector) => matches.includes(selector)) ? {} : null
		};
	}

	it('sees typing in text fields and selects, and controls in buttons, links and boxes', () => {
		expect(keyTargetOf(element('textarea') as unknown as EventTarget)).toEqual({
			typing: true,
			control: false,
			dialog: false
		});
		expect(keyTargetOf(element('select') as unknown as EventTarget).typing).toBe(true);
		expect(keyTargetOf(element('button') as unknown as EventTarget)).toEqual(onButton);
		expect(keyTargetOf(element('a[href]') as unknown as EventTarget).control).toBe(true);
		expect(keyTargetOf(element('button', 'dialog') as unknown as EventTarget).dialog).toBe(true);
	});

	it('treats anything that is not an element (the window, null) as the page', () => {
		expect(keyTargetOf(null)).toEqual(onCard);
		expect(keyTargetOf({} as EventTarget)).toEqual(onCard);
	});
});
