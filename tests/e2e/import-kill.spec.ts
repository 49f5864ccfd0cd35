import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { storedTotals } from './database';
import { killAll, launchKillable, type KillableBrowser } from './killable-browser';
import { largeBackup } from './large-backup';

test.afterEach(killAll);

const largeReviews = 500_000;

/**
 * Puts a file on disk into the backup field by its path, through the browser's own protocol:
 * Playwright would send a 40 MB file's bytes over its connection instead.
 */
async function chooseFile(page: Page, file: string) {
	const cdp = await page.context().newCDPSession(page);
	const { root } = await cdp.send('DOM.getDocument');
	const { nodeId } = await cdp.send('DOM.querySelector', {
		nodeId: root.nodeId,
		selector: '#backup-file'
	});
	await cdp.send('DOM.setFileInputFiles', { nodeId, files: [file] });
	await cdp.detach();
}

/** Chooses `file` in Settings → Backup, asks to replace, and waits for the comparison to confirm. */
async function askToReplace(page: Page, file: string): Promise<void> {
	await chooseFile(page, file);
	await page.getByRole('radio', { name: /^Replace/ }).check();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	// Reading and checking 40 MB takes seconds; nothing is written before the learner confirms.
	await page.getByRole('button', { name: 'Replace with the file' }).waitFor({ timeout: 120_000 });
}

const imported = /^Imported /;

async function openSettings(profile: string, baseURL: string): Promise<KillableBrowser> {
	const browser = await launchKillable(profile);
	await browser.page.goto(`${baseURL}/settings`);
	await expect(browser.page.getByLabel('Backup file')).toBeVisible();
	return browser;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/*
 * The import of 500,000 reviews is one transaction, so a browser killed at any moment of it must
 * reopen with the data as it was before or as the file makes it, never between. Launching the
 * browser at every 20 ms of the import would take an hour: the test times one import instead, then
 * kills one in the middle and at 20 ms steps around the end of the writing, where the commit is.
 */
test('the browser killed during a 500,000-review import reopens with the old data or the new, never a mix', async ({
	baseURL
}) => {
	// Four launches to kill, each reading and checking 40 MB: minutes on a busy machine (see docs/reliability.md).
	test.setTimeout(480_000);
	if (!baseURL) throw new Error('no baseURL');
	const started = Date.now();
	const dir = mkdtempSync(join(tmpdir(), 'repaso-import-kill-'));
	try {
		// The old data: 1,000 reviews. The file: 500,000 others.
		const now = Date.now();
		const oldFile = join(dir, 'old.json');
		writeFileSync(oldFile, largeBackup(1_000, { end: now - 1_234_567 }));
		const largeFile = join(dir, 'large.json');
		writeFileSync(largeFile, largeBackup(largeReviews, { end: now - 60_000 }));

		const original = join(dir, 'original');
		let browser = await openSettings(original, baseURL);
		await askToReplace(browser.page, oldFile);
		await browser.page.getByRole('button', { name: 'Replace with the file' }).click();
		await browser.page.getByText(imported).waitFor();
		const before = await storedTotals(browser.page);
		expect(before).toMatchObject({ reviews: 1_000, distinct: 1_000, reps: 1_000 });
		await browser.close();

		// One import to the end, timed from the confirmation to its result: the data after it is the new set.
		let copies = 0;
		const freshCopy = () => {
			const copy = join(dir, `copy-${++copies}`);
			cpSync(original, copy, { recursive: true });
			return copy;
		};
		browser = await openSettings(freshCopy(), baseURL);
		await askToReplace(browser.page, largeFile);
		const confirm = browser.page.getByRole('button', { name: 'Replace with the file' });
		await confirm.click();
		const writingFrom = Date.now();
		await browser.page.getByText(imported).waitFor({ timeout: 120_000 });
		const writingMs = Date.now() - writingFrom;
		const after = await storedTotals(browser.page);
		expect(after).toEqual({
			reviews: largeReviews,
			distinct: largeReviews,
			reps: largeReviews,
			cards: before.cards
		});
		await browser.close();

		// Kill points, from the confirmation: the middle of the writing, then every 20 ms up to its end.
		const end = Math.round(writingMs / 20) * 20;
		const killPoints = [Math.round(writingMs / 2), end - 40, end - 20, end];
		const outcomes: string[] = [];
		browser = await openSettings(freshCopy(), baseURL);
		for (const delay of killPoints) {
			await askToReplace(browser.page, largeFile);
			await browser.page.getByRole('button', { name: 'Replace with the file' }).click();
			await sleep(delay);
			await browser.kill();
			// The same profile opened again: its data is checked by the app's own start-up and read back.
			browser = await openSettings(join(dir, `copy-${copies}`), baseURL);
			const reopened = await storedTotals(browser.page);
			const outcome =
				JSON.stringify(reopened) === JSON.stringify(before)
					? 'old'
					: JSON.stringify(reopened) === JSON.stringify(after)
						? 'new'
						: `MIX ${JSON.stringify(reopened)}`;
			outcomes.push(`${delay} ms: ${outcome}`);
			expect(outcome, `killed ${delay} ms into the writing`).toMatch(/^(old|new)$/);
			// After the new set, the next kill starts from the old data again.
			if (outcome === 'new') {
				await browser.close();
				browser = await openSettings(freshCopy(), baseURL);
			}
		}
		await browser.close();
		test.info().annotations.push({
			type: 'kills',
			description: `writing took ${writingMs} ms; ${outcomes.join(', ')}`
		});
		console.log(
			`${Math.round((Date.now() - started) / 1000)} s; writing took ${writingMs} ms; ${outcomes.join(', ')}`
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
