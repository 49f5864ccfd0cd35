/**
 * Why a backup file was refused, as a code with the figures to quote, so the interface can say it
 * in the active language (src/lib/app/error-text.ts). The pure checks describe each problem in
 * English for logs and tests; a field's problem is read back from those descriptions here, beside
 * the patterns they are written in (backup-schema.ts, backup.ts, limits.ts).
 */

/** What is wrong with one field of the file. */
export type FieldProblem =
	| { code: 'missing' }
	| { code: 'unknown-field' }
	| { code: 'empty' }
	| { code: 'too-long'; max: number }
	| { code: 'too-many'; max: number }
	| { code: 'bad-date' }
	| { code: 'too-early'; date: string }
	| { code: 'too-late'; date: string }
	| { code: 'duplicate'; of: string }
	| { code: 'no-card' }
	/** Any other value the app never writes: a wrong type, a number out of range, a bad state. */
	| { code: 'invalid' };

export type BackupRefusal =
	| { code: 'too-large'; megabytes: number; limit: number }
	| { code: 'not-json' }
	| { code: 'not-backup' }
	| { code: 'newer-version'; version: number }
	| { code: 'unsupported-version' }
	| { code: 'checksum' }
	| { code: 'unreadable' }
	| { code: 'field'; path: string; problem: FieldProblem };

const wholeNumber = (text: string | undefined) => Number((text ?? '').replace(/,/g, ''));

/**
 * The code of a field's problem, from the English description the checks gave it.
 * @example fieldProblem('longer than 200 characters (see docs/backup-format.md)') // { code: 'too-long', max: 200 }
 */
export function fieldProblem(description: string): FieldProblem {
	if (description === 'missing') return { code: 'missing' };
	if (description === 'unknown field') return { code: 'unknown-field' };
	if (description === 'must not be empty') return { code: 'empty' };
	let found = /^(?:a text )?longer than ([\d,]+) characters/.exec(description);
	if (found) return { code: 'too-long', max: wholeNumber(found[1]) };
	found = /^more than ([\d,]+) /.exec(description);
	if (found) return { code: 'too-many', max: wholeNumber(found[1]) };
	found = /^too far in the past \(before ([\d-]+)\)/.exec(description);
	if (found) return { code: 'too-early', date: found[1] ?? '' };
	found = /^too far in the future \(after ([\d-]+)\)/.exec(description);
	if (found) return { code: 'too-late', date: found[1] ?? '' };
	if (description.startsWith('not a valid date')) return { code: 'bad-date' };
	found = /^duplicate of (\S+)/.exec(description);
	if (found) return { code: 'duplicate', of: found[1] ?? '' };
	if (description.startsWith('no card has this item id')) return { code: 'no-card' };
	return { code: 'invalid' };
}
