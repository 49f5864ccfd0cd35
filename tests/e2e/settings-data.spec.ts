import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './test';
import { answerShownQuestion } from './answering';

async function study(page: Page, reviews: number) {
	await page.goto('/study/timeline');
	for (let done = 1; done <= reviews; done++) {
		await answerShownQuestion(page);
		await page.keyboard.press('3');
		await expect(page.getByText(`${done} reviewed`)).toBeVisible();
	}
}

async function chooseFile(page: Page, text: string, mode: RegExp) {
	await page.getByLabel('Backup file').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await page.getByRole('radio', { name: mode }).check();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
}

test('replacing shows both sides, offers an export first and asks; merging does not', async ({
	page
}) => {
	await study(page, 2);
	await page.goto('/settings');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	const text = await readFile(await (await download).path(), 'utf8');
	// One more review here makes this device newer than the file.
	await study(page, 1);
	await page.goto('/settings');

	await chooseFile(page, text, /^Replace/);
	const confirm = page.getByRole('region', { name: 'Replace everything here with this file?' });
	await expect(confirm).toBeVisible();
	const row = (name: string) => confirm.getByRole('row', { name: new RegExp(`^${name}`) });
	await expect(row('Reviews')).toHaveText(/Reviews\s*3\s*2/);
	await expect(row('Cards').getByRole('cell')).toHaveCount(2);
	await expect(row('Newest review').getByRole('cell')).toHaveCount(2);
	await expect(
		confirm.getByText('The file is older than the progress on this device')
	).toBeVisible();
	await expect(confirm.getByRole('button', { name: 'Export backup' })).toBeVisible();

	await confirm.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText('Nothing was imported: this device is unchanged.')).toBeVisible();
	await chooseFile(page, text, /^Replace/);
	await page.getByRole('button', { name: 'Replace with the file' }).click();
	await expect(page.getByText(/^Imported \d+ cards and 2 reviews\.$/)).toBeVisible();

	await chooseFile(page, text, /^Merge/);
	await expect(page.getByText(/^Imported/)).toBeVisible();
	await expect(page.getByRole('region', { name: /^Replace everything/ })).toHaveCount(0);
});

test('Keep my data says what happened when the browser declines', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'storage', {
			value: { persisted: async () => false, persist: async () => false }
		});
	});
	await page.goto('/settings');
	await page.getByRole('button', { name: 'Keep my data' }).click();
	await expect(
		page.getByText(/^The browser declined for now, so nothing has changed/)
	).toBeVisible();
	await expect(page.getByText(/export a backup now and then/)).toBeVisible();
});

test('the app version reads as a release and a date, not a timestamp', async ({ page }) => {
	await page.goto('/settings');
	const version = page.getByText(/^App version /);
	await expect(version).toHaveText(/^App version 0\.1\.0 · \w+ \d{1,2}, \d{4}$/);
});
