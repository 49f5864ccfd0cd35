import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './test';
import { answerShownQuestion } from './answering';
import { storedTotals } from './database';
import { importFile } from './importing';
import { axeViolations } from './axe';
import es from '../../src/lib/i18n/messages/es.json' with { type: 'json' };

async function grade(page: Page, reviewed: number) {
	await answerShownQuestion(page);
	await page.keyboard.press('3');
	await expect(page.getByText(`${reviewed} reviewed`)).toBeVisible();
}

test('a browser whose IndexedDB refuses to open says so in the learner’s language', async ({
	page
}) => {
	await page.addInitScript(() => {
		localStorage.setItem('repaso-locale', 'es');
		// As Firefox does where a site may not store data: opening the database throws.
		IDBFactory.prototype.open = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
	});
	await page.goto('/');
	const problem = page.getByRole('alert').filter({ hasText: es.storage_problem_title });
	await expect(problem).toBeVisible();
	await expect(problem).toContainText(es.storage_error_unavailable);
	await expect(problem).toContainText(es.storage_problem_help);
	// The way forward: reload once storage is allowed; the rest of the app shell still works.
	await expect(problem.getByRole('button', { name: es.storage_problem_reload })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible();
});

test('a review refused for lack of space says so, stores nothing, and saves on retry once there is room', async ({
	page
}) => {
	await page.addInitScript(() => {
		// Chromium's own quota cannot be lowered for a test's context here (DevTools'
		// Storage.overrideQuotaForOrigin is accepted and changes nothing), so the refusal comes from
		// the review log's store, in the middle of the review's transaction, as a full disk reports it.
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
			if (this.name === 'reviewPages' && (window as { diskFull?: boolean }).diskFull) {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return put.apply(this, args);
		};
	});
	await page.goto('/study/timeline');
	await grade(page, 1);
	const before = await storedTotals(page);
	expect(before).toMatchObject({ reviews: 1, reps: 1 });

	await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = true));
	await answerShownQuestion(page);
	const shown = await page.locator('.study').innerText();
	await page.keyboard.press('3');
	const failure = page.getByRole('alert').filter({ hasText: 'Your grade was not saved' });
	await expect(failure).toContainText('Your device is out of storage space for Repaso');
	// A way forward: export a backup, or free space and retry; the card waits with its answer.
	await expect(failure.getByRole('button', { name: 'Export backup' })).toBeVisible();
	await expect(page.locator('.study')).toHaveText(shown);
	await expect(page.getByText('1 reviewed')).toBeVisible();
	// Nothing half-written: the card written before the log in that transaction went with it.
	expect(await storedTotals(page)).toEqual(before);

	await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = false));
	await failure.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByText('2 reviewed')).toBeVisible();
	await expect(failure).toBeHidden();
	expect(await storedTotals(page)).toMatchObject({ reviews: 2, distinct: 2, reps: 2 });
});

test('a database the browser deleted between visits is named, with the last backup to import', async ({
	page,
	baseURL
}, testInfo) => {
	// Two page loads, an export, an import and an accessibility check: slow on a loaded machine.
	test.setTimeout(120_000);
	await page.goto('/study/timeline');
	await grade(page, 1);
	await grade(page, 2);
	await page.goto('/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	const backup = testInfo.outputPath('backup.json');
	await (await downloading).saveAs(backup);

	// The browser deletes the site's IndexedDB, as storage eviction does; localStorage stays.
	const cdp = await page.context().newCDPSession(page);
	const origin = new URL(baseURL ?? '').origin;
	await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' });
	await page.goto('/');

	const lost = page.getByRole('alert').filter({ hasText: 'Your progress on this device is gone' });
	await expect(lost).toBeVisible();
	await expect(lost).toContainText('Your last backup was exported on');
	expect(await axeViolations(page)).toEqual([]);
	expect(await storedTotals(page)).toMatchObject({ reviews: 0, reps: 0 });

	await lost.getByRole('link', { name: 'Import a backup' }).click();
	await expect(page).toHaveURL(/\/settings#backup$/);
	const file = { name: 'backup.json', text: await readFile(backup, 'utf8') };
	expect(await importFile(page, file, 'Replace')).toMatch(/^Imported \d+ cards and 2 reviews\.$/);
	await expect(lost).toBeHidden();
	expect(await storedTotals(page)).toMatchObject({ reviews: 2, distinct: 2, reps: 2 });
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Backup', exact: true })).toBeVisible();
	await expect(lost).toBeHidden();

	// Deleted again: starting over instead is a choice the app remembers.
	await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' });
	await page.goto('/');
	await expect(lost).toBeVisible();
	await lost.getByRole('button', { name: 'Start again without it' }).click();
	await expect(lost).toBeHidden();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await expect(lost).toBeHidden();
});
