/** Backups out (one JSON object of everything) and in (checked completely before anything is written). */
import * as v from 'valibot';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	backupSchema,
	findReferenceProblem,
	type Backup,
	type BackupFile
} from './backup-schema';
import { canonicalJson, sha256Hex } from '$lib/util/hash';
import { SETTINGS_KEY, STORE_NAMES, type MetaValues, type RepasoDb } from './schema';
import { readSettings } from './settings';
import { transact } from './transaction';

/** A backup file that cannot be imported; the message says where (`data.cards[3].card.due: ...`). */
export class BackupError extends Error {
	override readonly name = 'BackupError';

	constructor(
		/** Where in the file, as `data.cards[3].card.due`; empty for the file as a whole. */
		readonly path: string,
		readonly problem: string,
		options: { cause?: unknown } = {}
	) {
		super(path ? `${path}: ${problem}` : problem, options);
	}
}

/**
 * Everything the learner has, as one JSON-ready object read in a single transaction (so it is a
 * consistent snapshot). Records come sorted by key, so equal databases give equal files.
 *
 * @example
 * const text = JSON.stringify(await exportBackup(db, new Date()), null, 2);
 */
export async function exportBackup(db: RepasoDb, now: Date): Promise<BackupFile> {
	const stored = await transact(db, STORE_NAMES, 'readonly', async (tx) => {
		const meta = tx.objectStore('meta');
		return {
			cards: await tx.objectStore('cards').getAll(),
			reviews: await tx.objectStore('reviews').getAll(),
			settings: readSettings(await tx.objectStore('settings').get(SETTINGS_KEY)),
			quizzes: await tx.objectStore('quizzes').getAll(),
			results: await tx.objectStore('results').getAll(),
			meta: {
				contentVersion: (await meta.get('contentVersion')) as
					MetaValues['contentVersion'] | undefined,
				lastReconciledAt: (await meta.get('lastReconciledAt')) as Date | undefined
			}
		};
	});
	// JSON turns Dates into ISO strings and drops undefined fields, exactly as the file will hold them.
	const data = JSON.parse(JSON.stringify(stored)) as BackupFile['data'];
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		...(data.meta?.contentVersion === undefined
			? {}
			: { contentVersion: data.meta.contentVersion }),
		checksum: await sha256Hex(canonicalJson(data)),
		data
	};
}

/**
 * Reads a backup file's text and checks all of it — format and version, every field, dates within
 * sane limits of `now`, the checksum, unique ids, reviews pointing at cards — before anything can be
 * written. Throws a BackupError naming the first problem.
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
		throw new BackupError('', 'the file could not be read as a Repaso backup', { cause: error });
	}
}

async function checkBackup(text: string, now: Date): Promise<Backup> {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw new BackupError('', 'not valid JSON (the file may be cut short)', { cause: error });
	}
	checkEnvelope(raw);

	const parsed = v.safeParse(backupSchema(now), raw);
	if (!parsed.success) {
		const [issue] = parsed.issues;
		throw new BackupError(issuePath(issue), describeIssue(issue));
	}
	const backup = parsed.output;

	const checksum = await sha256Hex(canonicalJson((raw as { data: unknown }).data));
	if (checksum !== backup.checksum) {
		throw new BackupError('checksum', 'does not match the data: the file was changed or damaged');
	}
	const problem = findReferenceProblem(backup);
	if (problem) throw new BackupError(problem.path, problem.problem);
	return backup;
}

/** Gives the clearer message for files that are not backups at all, or from a newer app. */
function checkEnvelope(raw: unknown): void {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		throw new BackupError('', 'not a Repaso backup (expected a JSON object)');
	}
	const { format, version } = raw as Record<string, unknown>;
	if (format !== BACKUP_FORMAT) {
		throw new BackupError('format', `not a Repaso backup (expected "${BACKUP_FORMAT}")`);
	}
	if (typeof version === 'number' && version > BACKUP_VERSION) {
		throw new BackupError(
			'version',
			`made by a newer version of Repaso (backup version ${version}); update the app to import it`
		);
	}
	if (version !== BACKUP_VERSION) {
		throw new BackupError('version', `unsupported backup version (expected ${BACKUP_VERSION})`);
	}
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
