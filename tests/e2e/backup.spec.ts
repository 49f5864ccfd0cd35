import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { readFile } from 'node:fs/promises';
import { answerShownQuestion } from './answering';

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

async function importFile(page: Page, name: string, text: string, mode: 'Merge' | 'Replace') {
	await page
		.getByLabel('Backup file')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
	await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	// A valid file to replace with is shown beside this device's data first, to be confirmed.
	if (mode === 'Replace') {
		const confirm = page.getByRole('button', { name: 'Replace with the file' });
		const refused = page.getByText(/^This file was not imported/);
		await expect(confirm.or(refused)).toBeVisible();
		if (await confirm.isVisible()) await confirm.click();
	}
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
	await importFile(page, 'tampered.json', JSON.stringify(tampered), 'Replace');
	await expect(
		page.getByText(/^This file was not imported, and nothing was changed: /)
	).toContainText('checksum');
	expect(await reviewCount(page)).toBe(0);

	await importFile(page, 'not-a-backup.json', '{"hello": "world"}', 'Merge');
	await expect(page.getByText(/^This file was not imported/)).toBeVisible();
	expect(await reviewCount(page)).toBe(0);

	await importFile(page, file.suggestedFilename(), text, 'Replace');
	await expect(page.getByText(/^Imported \d+ cards and 2 reviews\.$/)).toBeVisible();
	expect(await reviewCount(page)).toBe(2);

	// Importing the same file again, merging, adds no duplicates.
	await importFile(page, file.suggestedFilename(), text, 'Merge');
	await expect(page.getByText(/^Imported/)).toBeVisible();
	expect(await reviewCount(page)).toBe(2);
});
