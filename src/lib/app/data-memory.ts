/**
 * What this device remembers outside IndexedDB: that it held the learner's data, and when a backup
 * was last exported. Browsers may delete a site's IndexedDB to free space (Chromium evicts
 * best-effort storage by origin, and its eviction leaves localStorage alone); the database then
 * opens empty, and only this says that there was something to lose, so the app can tell the
 * learner and point to the backup instead of starting over in silence. Safari's seven-day deletion
 * takes localStorage too, and then there is nothing left to say it.
 */
const storageKey = 'repaso-data';

interface Remembered {
	/** When the last backup was exported on this device (ISO 8601), if ever. */
	lastBackupAt?: string;
}

/** What the device remembers about its data, or null when it held none (or storage refuses). */
export function rememberedData(): { lastBackupAt: Date | null } | null {
	try {
		const text = localStorage.getItem(storageKey);
		if (text === null) return null;
		const { lastBackupAt } = JSON.parse(text) as Remembered;
		const date = typeof lastBackupAt === 'string' ? new Date(lastBackupAt) : null;
		return { lastBackupAt: date && !Number.isNaN(date.getTime()) ? date : null };
	} catch {
		return null;
	}
}

function write(remembered: Remembered): void {
	try {
		localStorage.setItem(storageKey, JSON.stringify(remembered));
	} catch {
		// Storage refused (a private window): there is nothing to warn about later either.
	}
}

/** The database now holds the learner's data (a review stored, a backup imported). */
export function rememberData(): void {
	if (!rememberedData()) write({});
}

/** A backup of the data was exported at `at`. */
export function rememberBackup(at: Date): void {
	write({ lastBackupAt: at.toISOString() });
}

/** The learner started over: nothing is left to miss. */
export function forgetData(): void {
	try {
		localStorage.removeItem(storageKey);
	} catch {
		// Nothing was remembered.
	}
}
