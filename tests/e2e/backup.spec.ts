import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { answerShownQuestion } from './answering';
import { importFile, recordedStatuses, recordedSteps, startImport } from './importing';
import { backupText, largeBackup } from './large-backup';

/** Reviews in the log: the items of every page (see src/lib/storage/review-pages.ts). */
async function reviewCount(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('repaso');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const pages = open.result.transaction('reviewPages').objectStore('reviewPages').getAll();
					pages.onsuccess = () => {
						const all = pages.result as { itemIds: string[] }[];
						resolve(all.reduce((sum, { itemIds }) => sum + itemIds.length, 0));
						open.result.close();
					};
				};
			})
	);
}

test('a backup exports, a damaged copy is refused without changes, the real one restores', async ({
	page
}) => {
	await page.goto('/study/timeline');
	for (const done of [1, 2]) {
		await answerShownQuestion(page);
		await page.keyboard.press('3');
		await expect(page.getByText(`${done} reviewed`)).toBeVisible();
	}

	await page.goto('/settings');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^repaso-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const text = await readFile(await file.path(), 'utf8');
	const backup = JSON.parse(text);
	expect(backup).toMatchObject({ format: 'repaso-backup', version: 2 });
	expect(backup.data.reviews).toHaveLength(2);

	// Start over, so the restore has something to bring back.
	await page.getByLabel('Type DELETE to confirm').fill('DELETE');
	await page.getByRole('button', { name: 'Delete all my data' }).click();
	await expect(page.getByText('All data on this device was deleted.')).toBeVisible();
	expect(await reviewCount(page)).toBe(0);

	// One review's rating (the third value of its tuple) changed by hand: the checksum no longer matches.
	const tampered = structuredClone(backup);
	tampered.data.reviews[0][2] = 4;
	expect(
		await importFile(page, { name: 'tampered.json', text: JSON.stringify(tampered) }, 'Replace')
	).toMatch(/^This file was not imported, and nothing was changed: the checksum does not match/);
	expect(await reviewCount(page)).toBe(0);

	expect(
		await importFile(page, { name: 'not-a-backup.json', text: '{"hello": "world"}' }, 'Merge')
	).toMatch(/^This file was not imported, and nothing was changed: this is not a Repaso backup$/);
	expect(await reviewCount(page)).toBe(0);

	const saved = { name: file.suggestedFilename(), text };
	expect(await importFile(page, saved, 'Replace')).toMatch(/^Imported \d+ cards and 2 reviews\.$/);
	expect(await reviewCount(page)).toBe(2);

	// Importing the same file again, merging, adds no duplicates.
	expect(await importFile(page, saved, 'Merge')).toBe('Imported 0 cards and 0 reviews.');
	expect(await reviewCount(page)).toBe(2);
});

test('a large import clears the last result at once and shows each step', async ({ page }) => {
	await page.goto('/settings');
	const small = { name: 'small.json', text: largeBackup(10, { end: Date.now() - 3_600_001 }) };
	expect(await importFile(page, small, 'Merge')).toMatch(/^Imported \d+ cards and 10 reviews\.$/);

	const large = { name: 'large.json', text: largeBackup(50_000, { end: Date.now() - 60_000 }) };
	await startImport(page, large, 'Merge');
	await expect(page.getByText(/^Imported \d+ cards and 50,000 reviews\.$/)).toBeVisible({
		timeout: 30_000
	});
	// The earlier result went the moment Import was pressed, before any step of this import.
	expect(await recordedStatuses(page)).toEqual([
		'Reading the file…',
		'Checking the file…',
		'Saving 50,000 reviews…',
		expect.stringMatching(/^Imported \d+ cards and 50,000 reviews\.$/)
	]);
	// Each step showed the progress bar at its place; it goes when the import is done.
	expect((await recordedSteps(page)).slice(0, 3)).toEqual([1, 2, 3]);
	await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeHidden();
	expect(await reviewCount(page)).toBe(50_010);
});

test('a file holding more than a learner could is refused, and nothing changes', async ({
	page
}, testInfo) => {
	await page.goto('/settings');
	const now = Date.now();
	const start = { name: 'start.json', text: largeBackup(10, { end: now - 60_001 }) };
	expect(await importFile(page, start, 'Replace')).toMatch(/^Imported \d+ cards and 10 reviews\.$/);

	const data = JSON.parse(
		largeBackup(20, { end: now - 1_000 })
			.replace(/^.*?"data":/, '')
			.slice(0, -1)
	);
	const quiz = { id: 'quiz-1', createdAt: new Date(now).toISOString(), itemIds: ['timeline-1'] };
	const longTitle = { ...data, quizzes: [{ ...quiz, title: 'x'.repeat(1_000_000) }] };
	expect(
		await importFile(page, { name: 'title.json', text: backupText(longTitle, now) }, 'Merge')
	).toBe(
		'This file was not imported, and nothing was changed: data.quizzes[0].title: longer than 200 characters (see docs/backup-format.md)'
	);
	const longId = structuredClone(data);
	longId.cards[0].itemId = 'y'.repeat(5_000_000);
	expect(
		await importFile(page, { name: 'id.json', text: backupText(longId, now) }, 'Replace')
	).toBe(
		'This file was not imported, and nothing was changed: data.cards[0].itemId: longer than 200 characters (see docs/backup-format.md)'
	);

	// Larger than any backup: refused by its size, before a byte is read (the file is sparse).
	const huge = testInfo.outputPath('huge.json');
	await writeFile(huge, '');
	await truncate(huge, 201 * 1024 * 1024);
	expect(await importFile(page, huge, 'Merge')).toBe(
		'This file was not imported, and nothing was changed: the file is 201 MB, more than any Repaso backup (at most 200 MB)'
	);
	expect(await reviewCount(page)).toBe(10);
});
