/**
 * Every IndexedDB failure reaches the UI as a StorageError. Its `problem` says what went wrong and
 * the interface words it in the active language (storage_error_* messages, src/lib/app/error-text.ts);
 * the English `message` is for logs and tests, never shown.
 */

export type StorageErrorKind = 'quota' | 'unavailable' | 'corrupt' | 'blocked' | 'closed' | 'newer';

/** What the learner is told: the kind, or the one case of a kind that needs other words. */
export type StorageProblem = StorageErrorKind | 'missing-card';

const messages: Record<StorageErrorKind, string> = {
	quota:
		'Your device is out of storage space for Repaso. Free some space, or export a backup, and try again.',
	unavailable:
		'This browser does not let Repaso save anything (storage may be off, or this is a private window). Your progress will not be kept.',
	corrupt: 'Repaso could not read or save its data because it is damaged or invalid.',
	blocked: 'Repaso is open in another tab with an older version. Close the other tabs to continue.',
	closed:
		'Repaso stopped saving in this tab, probably because it was updated in another tab. Reload the page to continue.',
	newer:
		'Your data was saved by a newer version of Repaso. Reload the page to get the latest version.'
};

export class StorageError extends Error {
	override readonly name = 'StorageError';

	readonly problem: StorageProblem;

	constructor(
		readonly kind: StorageErrorKind,
		options: { cause?: unknown; message?: string; problem?: StorageProblem } = {}
	) {
		super(options.message ?? messages[kind], { cause: options.cause });
		this.problem = options.problem ?? kind;
	}
}

/** True for the DOMExceptions IndexedDB reports, as opposed to bugs in our own callbacks. */
export function isIndexedDbFailure(error: unknown): error is DOMException {
	return error instanceof DOMException;
}

/**
 * Names the failure for the UI. While opening, anything unexpected means the browser will not give us
 * a database at all (private modes, disabled storage); once open, it means bad data.
 *
 * @example toStorageError(new DOMException('full', 'QuotaExceededError')).kind === 'quota'
 */
export function toStorageError(error: unknown, during: 'open' | 'use' = 'use'): StorageError {
	if (error instanceof StorageError) return error;
	const name = error instanceof Error || error instanceof DOMException ? error.name : '';
	if (name === 'QuotaExceededError') return new StorageError('quota', { cause: error });
	if (name === 'VersionError') return new StorageError('newer', { cause: error });
	if (name === 'UnknownError') return new StorageError('corrupt', { cause: error });
	if (during === 'open') return new StorageError('unavailable', { cause: error });
	if (name === 'InvalidStateError' || name === 'AbortError') {
		return new StorageError('closed', { cause: error });
	}
	return new StorageError('corrupt', { cause: error });
}
