/**
 * Keyboard shortcuts for answering and grading: which action a key press asks for. Pure: components
 * pass in the key and what it was pressed on, and do what the action says where it applies.
 */
import type { Grade } from 'ts-fsrs';
import { gradeForKey } from '$lib/srs/grading';

export type ShortcutAction =
	/** Choose (or, in select-all questions, tick and untick) the option at this index. */
	| { kind: 'option'; index: number }
	| { kind: 'grade'; grade: Grade }
	/** Check the answer, or once answered confirm the highlighted grade. */
	| { kind: 'enter' }
	/** Show a flashcard's back. */
	| { kind: 'reveal' }
	| { kind: 'undo' }
	/** Open the list of shortcuts. */
	| { kind: 'help' };

/** The parts of a KeyboardEvent that decide the action. */
export interface KeyPress {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	repeat: boolean;
}

/** What the key was pressed on. */
export interface KeyTarget {
	/** A text field, select or other editable element: every key belongs to it. */
	typing: boolean;
	/** A button, link or form control: Space and Enter already activate it. */
	control: boolean;
	/** Inside a dialog: the page underneath takes no shortcuts while it is open. */
	dialog: boolean;
}

/** The letters that pick options, in on-screen order; no question has more than six options. */
export const optionKeys = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/**
 * The letter shown on the option at this index, if it has one.
 * @example optionKey(2) === 'C'
 */
export function optionKey(index: number): string | undefined {
	return optionKeys[index];
}

/**
 * The action a key press asks for, or null when it is not a shortcut here. Presses with Ctrl, Alt or
 * Meta belong to the browser and screen readers; held-down keys repeat nothing; while the learner
 * types an answer every key is text.
 * @example shortcutFor(event, keyTargetOf(event.target)) // 'b' → { kind: 'option', index: 1 }
 */
export function shortcutFor(press: KeyPress, target: KeyTarget): ShortcutAction | null {
	if (press.altKey || press.ctrlKey || press.metaKey || press.repeat) return null;
	if (target.typing || target.dialog) return null;
	const { key } = press;
	if (key === '?') return { kind: 'help' };
	if (key === 'Enter' || key === ' ') {
		// On a button or link the browser's own activation is the right one.
		if (target.control) return null;
		return key === 'Enter' ? { kind: 'enter' } : { kind: 'reveal' };
	}
	if (key.length !== 1) return null;
	const letter = key.toUpperCase();
	const index = optionKeys.indexOf(letter as (typeof optionKeys)[number]);
	if (index >= 0) return { kind: 'option', index };
	if (letter === 'U') return { kind: 'undo' };
	const grade = gradeForKey(key);
	return grade === undefined ? null : { kind: 'grade', grade };
}

/** The one DOM method keyTargetOf needs, so it runs on any element (and on fakes in tests). */
interface Closest {
	closest(selectors: string): unknown;
}

const typingSelector =
	'textarea, select, [contenteditable]:not([contenteditable="false"]), ' +
	'input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"])';
const controlSelector =
	'a[href], button, input, summary, [role="button"], [role="link"], [role="checkbox"], ' +
	'[role="radio"], [role="switch"], [role="tab"], [role="option"], [role="menuitem"]';

/**
 * Describes an event's target for shortcutFor.
 * @example keyTargetOf(document.querySelector('textarea')).typing === true
 */
export function keyTargetOf(target: EventTarget | null): KeyTarget {
	const element = target as Partial<Closest> | null;
	if (typeof element?.closest !== 'function')
		return { typing: false, control: false, dialog: false };
	const within = (selector: string) => Boolean((element as Closest).closest(selector));
	return {
		typing: within(typingSelector),
		control: within(controlSelector),
		dialog: within('dialog')
	};
}
