/** What a failure says to the learner, in the learner's language. */
import { m } from '$lib/paraglide/messages.js';
import { StorageError, type StorageErrorKind } from '$lib/storage/errors';

const storageText: Record<StorageErrorKind, () => string> = {
	quota: () => m.storage_error_quota(),
	unavailable: () => m.storage_error_unavailable(),
	corrupt: () => m.storage_error_corrupt(),
	blocked: () => m.storage_error_blocked(),
	closed: () => m.storage_error_closed(),
	newer: () => m.storage_error_newer()
};

/**
 * A storage failure by its kind, translated. A StorageError made with a message of its own (a card
 * that is missing, by id) and any other error keep their message: they name a detail for a bug report.
 *
 * @example errorText(new StorageError('quota')) // "Your device is out of storage space…"
 */
export function errorText(error: unknown): string {
	if (error instanceof StorageError && error.message === new StorageError(error.kind).message) {
		return storageText[error.kind]();
	}
	return error instanceof Error ? error.message : String(error);
}
