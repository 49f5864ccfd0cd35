import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from './errors';

const dom = (name: string) => new DOMException('failed', name);

describe('toStorageError', () => {
	it.each([
		['QuotaExceededError', 'use', 'quota'],
		['QuotaExceededError', 'open', 'quota'],
		['VersionError', 'open', 'newer'],
		['UnknownError', 'open', 'corrupt'],
		['UnknownError', 'use', 'corrupt'],
		['DataCloneError', 'use', 'corrupt'],
		['ConstraintError', 'use', 'corrupt'],
		['InvalidStateError', 'use', 'closed'],
		['AbortError', 'use', 'closed'],
		['InvalidStateError', 'open', 'unavailable'],
		['SecurityError', 'open', 'unavailable']
	] as const)('%s while %s is %s', (name, during, kind) => {
		const error = toStorageError(dom(name), during);
		expect(error).toBeInstanceOf(StorageError);
		expect(error.kind).toBe(kind);
		expect(error.cause).toMatchObject({ name });
	});

	it('keeps a StorageError as it is', () => {
		const original = new StorageError('blocked');
		expect(toStorageError(original)).toBe(original);
	});

	it('gives every kind a short message for the UI', () => {
		for (const kind of ['quota', 'unavailable', 'corrupt', 'blocked', 'closed', 'newer'] as const) {
			const { message, name } = new StorageError(kind);
			expect(name).toBe('StorageError');
			expect(message.length).toBeGreaterThan(20);
			expect(message.length).toBeLessThan(160);
		}
		expect(toStorageError(dom('VersionError')).message).toMatch(/newer version of Repaso/);
	});
});
