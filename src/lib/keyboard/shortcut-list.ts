/**
 * The shortcuts the "?" sheet lists, for the page it opens on: what shortcutFor maps, said once
 * for people. Pure: the sheet turns each `does` into a translated sentence.
 */
import { gradeOptions } from '$lib/srs/grading';
import { selfGradeKeys } from './self-grade';
import { optionKeys } from './shortcuts';

/** A key as the sheet names it: a character, or a named key it translates. */
export type KeyLabel = string | 'Space' | 'Enter' | 'Escape';

export interface ShortcutEntry {
	/** One key, or the first and last of a run (A–F). */
	keys: readonly [KeyLabel] | readonly [KeyLabel, KeyLabel];
	does:
		| 'options'
		| 'reveal'
		| 'check-grade'
		| 'check-next'
		| 'grades'
		| 'did-not-know'
		| 'knew'
		| 'undo'
		| 'help'
		| 'close';
}

/**
 * Where the sheet opens: study grades and undoes; a quiz (practice or a classroom one) moves on
 * with Next, and its flashcards take study's grade keys as "I didn't know it" and "I knew it".
 */
export type ShortcutPlace = 'study' | 'quiz';

/**
 * Every shortcut that works on the page, in the order a learner meets them.
 * @example shortcutList('quiz').some((entry) => entry.does === 'undo') === false
 */
export function shortcutList(place: ShortcutPlace): ShortcutEntry[] {
	const answering: ShortcutEntry[] = [
		{ keys: [optionKeys[0], optionKeys.at(-1)!], does: 'options' },
		{ keys: ['Space'], does: 'reveal' }
	];
	const sheet: ShortcutEntry[] = [
		{ keys: ['?'], does: 'help' },
		{ keys: ['Escape'], does: 'close' }
	];
	if (place === 'quiz') {
		const { didNotKnow, knew } = selfGradeKeys;
		return [
			...answering,
			{ keys: [didNotKnow[0]!], does: 'did-not-know' },
			{ keys: [knew[0]!, knew.at(-1)!], does: 'knew' },
			{ keys: ['Enter'], does: 'check-next' },
			...sheet
		];
	}
	return [
		...answering,
		{ keys: [gradeOptions[0]!.key, gradeOptions.at(-1)!.key], does: 'grades' },
		{ keys: ['Enter'], does: 'check-grade' },
		{ keys: ['U'], does: 'undo' },
		...sheet
	];
}
