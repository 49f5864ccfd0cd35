import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { answerShownQuestion } from './answering';
import { storedTotals } from './database';
import { killAll, launchKillable, type KillableBrowser } from './killable-browser';

test.afterEach(killAll);

/** Each test starts its own Chromium on a profile on disk, to kill it and open it again. */
function newProfile(): string {
	return mkdtempSync(join(tmpdir(), 'repaso-crash-'));
}

async function open(profile: string, url: string): Promise<KillableBrowser> {
	const browser = await launchKillable(profile);
	await browser.page.goto(url);
	return browser;
}

async function grade(page: Page, reviewed: number) {
	await answerShownQuestion(page);
	await page.keyboard.press('3');
	await expect(page.getByText(`${reviewed} reviewed`)).toBeVisible();
}

test('a session ended by a crash keeps every confirmed review, each exactly once', async ({
	baseURL
}) => {
	const profile = newProfile();
	try {
		let browser = await open(profile, `${baseURL}/study/timeline`);
		for (let reviewed = 1; reviewed <= 5; reviewed++) await grade(browser.page, reviewed);
		// A sixth grade pressed, and the browser killed before anything can be awaited.
		await answerShownQuestion(browser.page);
		await browser.page.keyboard.press('3');
		await browser.kill();

		browser = await open(profile, `${baseURL}/`);
		const totals = await storedTotals(browser.page);
		expect(totals.reviews).toBeGreaterThanOrEqual(5);
		expect(totals.reviews).toBeLessThanOrEqual(6);
		expect(totals.distinct).toBe(totals.reviews);
		// Each review and its card were written together: one rep per review.
		expect(totals.reps).toBe(totals.reviews);
		await expect(browser.page.getByText(`${totals.reviews} reviews today`)).toBeVisible();
		await browser.close();
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
});
