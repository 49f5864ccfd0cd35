/**
 * The words for a failure, in the active language. Pure modules report what went wrong as codes
 * (StorageError's problem, BackupError's refusal); this is the one place that turns them into text.
 */
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
// Only the small errors module and types: the backup module and its schema stay out of the pages
// (the storage-problem notice among them) that show an error without ever reading a backup.
import { StorageError, type StorageProblem } from '$lib/storage/errors';
import type { BackupError } from '$lib/storage/backup';
import type { BackupRefusal, FieldProblem } from '$lib/storage/backup-refusal';

const storageTexts: Record<StorageProblem, () => string> = {
	quota: () => m.storage_error_quota(),
	unavailable: () => m.storage_error_unavailable(),
	corrupt: () => m.storage_error_corrupt(),
	blocked: () => m.storage_error_blocked(),
	closed: () => m.storage_error_closed(),
	newer: () => m.storage_error_newer_version(),
	'missing-card': () => m.storage_error_missing_card()
};

/** @example storageProblemText('quota') // 'Your device is out of storage space for Repaso…' */
export function storageProblemText(problem: StorageProblem): string {
	return storageTexts[problem]();
}

/** A day (YYYY-MM-DD, UTC) as the active language writes a date. */
function day(iso: string): string {
	const time = Date.parse(`${iso}T00:00:00Z`);
	if (!Number.isFinite(time)) return iso;
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(time);
}

function fieldProblemText(problem: FieldProblem): string {
	switch (problem.code) {
		case 'missing':
			return m.backup_field_missing();
		case 'unknown-field':
			return m.backup_field_unknown();
		case 'empty':
			return m.backup_field_empty();
		case 'too-long':
			return m.backup_field_too_long({ max: problem.max });
		case 'too-many':
			return m.backup_field_too_many({ max: problem.max });
		case 'bad-date':
			return m.backup_field_bad_date();
		case 'too-early':
			return m.backup_field_too_early({ date: day(problem.date) });
		case 'too-late':
			return m.backup_field_too_late({ date: day(problem.date) });
		case 'duplicate':
			return m.backup_field_duplicate({ other: problem.of });
		case 'no-card':
			return m.backup_field_no_card();
		case 'invalid':
			return m.backup_field_invalid();
	}
}

/** Why a backup was refused, to follow "This file was not imported…: ". */
export function backupRefusalText(refusal: BackupRefusal): string {
	switch (refusal.code) {
		case 'too-large':
			return m.backup_refused_too_large({ megabytes: refusal.megabytes, limit: refusal.limit });
		case 'not-json':
			return m.backup_refused_not_json();
		case 'not-backup':
			return m.backup_refused_not_backup();
		case 'newer-version':
			return m.backup_refused_newer_version({ version: refusal.version });
		case 'unsupported-version':
			return m.backup_refused_unsupported_version();
		case 'checksum':
			return m.backup_refused_checksum();
		case 'unreadable':
			return m.backup_refused_unreadable();
		case 'field':
			return m.backup_refused_field({
				path: refusal.path,
				problem: fieldProblemText(refusal.problem)
			});
	}
}

function isBackupError(error: unknown): error is BackupError {
	return error instanceof Error && error.name === 'BackupError' && 'refusal' in error;
}

/**
 * Any failure that reaches the screen. One the app does not know (a bug) gets a general sentence
 * rather than its developer's English, which goes to the console instead.
 */
export function errorText(error: unknown): string {
	if (error instanceof StorageError) return storageProblemText(error.problem);
	if (isBackupError(error)) return backupRefusalText(error.refusal);
	console.error(error);
	return m.error_unexpected();
}
