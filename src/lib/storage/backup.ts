/**
 * Backups out (one JSON text of everything) and in (checked completely before anything is written).
 * The format is described in docs/backup-format.md and defined in backup-schema.ts.
 */
import * as v from 'valibot';
import type { CardRecord } from '$lib/srs/types';
import { canonicalJson, sha256Hex } from '$lib/util/hash';
import { readable } from '$lib/util/readable';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	backupSchema,
	backupV1Schema,
	findReferenceProblem,
	fromVersion1,
	type Backup,
	type BackupFile,
	type ParsedBackup
} from './backup-schema';
import { readCardTable } from './cards';
import { fileSizeProblem, megabytes, FILE_LIMITS } from './limits';
import { fieldProblem, type BackupRefusal } from './backup-refusal';
import { byItemId } from './card-table';
import { readReviewRows } from './reviews';
import { SETTINGS_KEY, STORE_NAMES, type MetaValues, type RepasoDb } from './schema';
import { readSettings } from './settings';
import { transact } from './transaction';

/**
 * A backup file that cannot be imported. The message says where, in English, for logs and tests
 * (`data.cards[3].card.due: ...`); `refusal` is what the interface words in the active language.
 */
export class BackupError extends Error {
	override readonly name = 'BackupError';

	/** Where in the file, as `data.cards[3].card.due`; empty for the file as a whole. */
	readonly path: string;
	readonly problem: string;
	readonly refusal: BackupRefusal;

	/** Without a `refusal`, the problem is one field's, at `path`. */
	constructor(
		path: string,
		problem: string,
		options: { cause?: unknown; refusal?: BackupRefusal } = {}
	) {
		// Both may quote the file (a field name, a value): shown readable, never as the file has them.
		const [where, what] = [readable(path), readable(problem)];
		super(where ? `${where}: ${what}` : what, { cause: options.cause });
		this.path = where;
		this.problem = what;
		this.refusal = options.refusal ?? {
			code: 'field',
			path: where,
			problem: fieldProblem(problem)
		};
	}
}

/** A card as backups hold it: its place in the bank is this device's, which reconciliation sets. */
function withoutBankRank({ bankRank: _rank, ...card }: CardRecord): Omit<CardRecord, 'bankRank'> {
	return card;
}

/**
 * Everything the learner has, as the text of a backup file, read in a single transaction (so it is
 * a consistent snapshot). Records come sorted by key and reviews in commit order, so equal
 * databases give equal files. `data` is written compactly and its text is what the checksum covers.
 *
 * @example
 * downloadText(await exportBackup(db, new Date()), 'repaso-backup.json');
 */
export async function exportBackup(db: RepasoDb, now: Date): Promise<string> {
	const stored = await transact(db, STORE_NAMES, 'readonly', async (tx) => {
		const meta = tx.objectStore('meta');
		const [cards, reviews, settings, quizzes, results, contentVersion, lastReconciledAt] =
			await Promise.all([
				readCardTable(tx).then((table) => table.records().sort(byItemId)),
				readReviewRows(tx),
				tx.objectStore('settings').get(SETTINGS_KEY),
				tx.objectStore('quizzes').getAll(),
				tx.objectStore('results').getAll(),
				meta.get('contentVersion') as Promise<MetaValues['contentVersion'] | undefined>,
				meta.get('lastReconciledAt') as Promise<MetaValues['lastReconciledAt'] | undefined>
			]);
		return { cards, reviews, settings, quizzes, results, contentVersion, lastReconciledAt };
	});
	const { contentVersion, lastReconciledAt } = stored;
	// JSON.stringify writes Dates as ISO strings and leaves out undefined fields, as the schema reads them.
	const dataText = JSON.stringify({
		cards: stored.cards.map(withoutBankRank),
		// Pages hold each review's numbers in ReviewTuple's order (a missing date, NaN, writes as null).
		reviews: stored.reviews,
		settings: readSettings(stored.settings),
		quizzes: stored.quizzes,
		results: stored.results,
		meta: { contentVersion, lastReconciledAt }
	});
	const header: Omit<BackupFile, 'data'> = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		...(contentVersion === undefined ? {} : { contentVersion }),
		checksum: await sha256Hex(dataText)
	};
	// `data` goes last, as the text already made and hashed, rather than stringifying it again.
	return `${JSON.stringify(header).slice(0, -1)},"data":${dataText}}`;
}

/**
 * Reads a backup file's text (version 1 or 2) and checks all of it — format and version, every
 * field, dates within sane limits of `now`, the checksum, unique ids and reviews, reviews pointing
 * at cards — before anything can be written. Throws a BackupError naming the first problem.
 *
 * @example
 * try { const backup = await parseBackup(await file.text(), new Date()); } catch (e) { if (e instanceof BackupError) show(e.message); }
 */
export async function parseBackup(text: string, now: Date): Promise<Backup> {
	try {
		return await checkBackup(text, now);
	} catch (error) {
		if (error instanceof BackupError) throw error;
		// Anything else (absurdly deep nesting, say) is still just a file we cannot use.
		throw new BackupError('', 'the file could not be read as a Repaso backup', {
			cause: error,
			refusal: { code: 'unreadable' }
		});
	}
}

/**
 * Refuses a file larger than any backup (FILE_LIMITS.bytes) before it is read: call it with the
 * file's size, so an enormous file never fills the memory. parseBackup checks the text too.
 *
 * @example checkBackupSize(file.size); const backup = await parseBackup(await file.text(), now);
 */
export function checkBackupSize(bytes: number): void {
	const problem = fileSizeProblem(bytes);
	if (problem === undefined) return;
	throw new BackupError('', problem, {
		refusal: { code: 'too-large', megabytes: megabytes(bytes), limit: megabytes(FILE_LIMITS.bytes) }
	});
}

async function checkBackup(text: string, now: Date): Promise<Backup> {
	// Each character of the text took at least one byte of the file.
	checkBackupSize(text.length);
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw new BackupError('', 'not valid JSON (the file may be cut short)', {
			cause: error,
			refusal: { code: 'not-json' }
		});
	}
	const version = checkEnvelope(raw);

	const schema = version === 1 ? backupV1Schema(now) : backupSchema(now);
	const parsed = v.safeParse(schema, raw, { abortEarly: true });
	if (!parsed.success) {
		const [issue] = parsed.issues;
		throw new BackupError(issuePath(issue), describeIssue(issue));
	}
	const backup: ParsedBackup = parsed.output;

	if (!(await checksumMatches(text, raw as { data: unknown }, backup))) {
		throw new BackupError('checksum', 'does not match the data: the file was changed or damaged', {
			refusal: { code: 'checksum' }
		});
	}
	const problem = findReferenceProblem(backup);
	if (problem) throw new BackupError(problem.path, problem.problem);
	return fromVersion1(backup);
}

/**
 * Version 2 sums `data` as JSON.stringify writes it, which stringifying the parsed value gives back
 * exactly, however the file is spaced. A file laid out as exportBackup writes it holds that text
 * already, after `"data":` (which cannot occur inside a JSON string) up to the final brace: summing
 * it as it stands saves stringifying everything again. Version 1 summed canonical JSON.
 */
async function checksumMatches(
	text: string,
	raw: { data: unknown },
	backup: ParsedBackup
): Promise<boolean> {
	const matches = async (data: string) => (await sha256Hex(data)) === backup.checksum;
	if (backup.version === 1) return matches(canonicalJson(raw.data));
	const key = text.indexOf('"data":');
	if (key >= 0 && (await matches(text.slice(key + '"data":'.length, text.trimEnd().length - 1)))) {
		return true;
	}
	return matches(JSON.stringify(raw.data));
}

/** Gives the clearer message for files that are not backups at all, or from a newer app. */
function checkEnvelope(raw: unknown): 1 | 2 {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		throw new BackupError('', 'not a Repaso backup (expected a JSON object)', {
			refusal: { code: 'not-backup' }
		});
	}
	const { format, version } = raw as Record<string, unknown>;
	if (format !== BACKUP_FORMAT) {
		throw new BackupError('format', `not a Repaso backup (expected "${BACKUP_FORMAT}")`, {
			refusal: { code: 'not-backup' }
		});
	}
	if (typeof version === 'number' && version > BACKUP_VERSION) {
		throw new BackupError(
			'version',
			`made by a newer version of Repaso (backup version ${version}); update the app to import it`,
			{ refusal: { code: 'newer-version', version } }
		);
	}
	if (version !== 1 && version !== 2) {
		throw new BackupError('version', `unsupported backup version (expected 1 or 2)`, {
			refusal: { code: 'unsupported-version' }
		});
	}
	return version;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
	let path = '';
	for (const item of issue.path ?? []) {
		const key = item.key;
		if (typeof key === 'number') path += `[${key}]`;
		else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) {
			path += path ? `.${key}` : key;
		} else path += `[${JSON.stringify(key)}]`;
	}
	return path;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	const last = issue.path?.at(-1);
	if (last && 'origin' in last && last.origin === 'key') {
		return issue.expected === 'never' ? 'unknown field' : 'missing';
	}
	return issue.message;
}
