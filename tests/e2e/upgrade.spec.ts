import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { buildFolder, startStaticServer } from '../static-server';
import { answerShownQuestion } from './answering';
import { readDatabase, storedTotals } from './database';
import { waitForServiceWorker } from './fixtures';

// The update itself goes through the real service worker.
test.use({ serviceWorkers: 'allow' });

async function grade(page: Page, reviewed: number) {
	await answerShownQuestion(page);
	await page.keyboard.press('3');
	await expect(page.getByText(`${reviewed} reviewed`)).toBeVisible();
}

/** Makes the page look for a new version, as coming back to the tab does. */
async function lookForUpdate(page: Page) {
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
	await expect(prompt).toBeVisible({ timeout: 20_000 });
	return prompt;
}

const databaseVersion = async (page: Page) => (await readDatabase(page)).version;

// Build B opens the database one version up (scripts/e2e.js, SCHEMA_VERSION in migrations.ts).
test('a database upgrade deployed under open study sessions interrupts none and keeps every review', async ({
	context
}) => {
	const server = await startStaticServer(buildFolder('e2e-a'));
	try {
		// Two tabs of build A, each in a study session.
		const left = await context.newPage();
		await left.goto(`${server.url}/study/timeline`);
		await waitForServiceWorker(left);
		for (let reviewed = 1; reviewed <= 3; reviewed++) await grade(left, reviewed);
		const right = await context.newPage();
		await right.goto(`${server.url}/study/honduras`);
		for (let reviewed = 1; reviewed <= 2; reviewed++) await grade(right, reviewed);
		const versionA = await databaseVersion(left);

		// Build B is deployed. It installs and waits; both sessions go on, and their reviews are stored.
		server.serve(buildFolder('e2e-b'));
		const leftPrompt = await lookForUpdate(left);
		const prompt = await lookForUpdate(right);
		await grade(left, 4);
		await grade(left, 5);
		expect(await storedTotals(left)).toMatchObject({ reviews: 7 });

		// The right tab grades a card and presses Reload at once: that review is stored before the
		// page goes, and B upgrades the database although the left tab still has it open.
		await answerShownQuestion(right);
		await right.keyboard.press('3');
		const reloaded = right.waitForEvent('load');
		await prompt.getByRole('button', { name: 'Reload' }).click();
		await reloaded;
		await expect(right.locator('.study')).toBeVisible();
		expect(await databaseVersion(right)).toBe(versionA + 1);

		// The left tab let go of the database rather than block the upgrade, and says so.
		const notice = left.getByRole('alert').filter({ hasText: 'Reload the page' });
		await expect(notice).toBeVisible();
		// A grade it can no longer store is kept on screen with the reason, not lost in silence.
		await answerShownQuestion(left);
		await left.keyboard.press('3');
		await expect(left.getByText(/^Your grade was not saved/)).toBeVisible();
		await expect(left.getByText('5 reviewed')).toBeVisible();

		// Its update prompt's Reload (B is already active, nothing waits any more) brings it to B,
		// with every review stored: 5 + 3, each once, each with its rep.
		const leftReloaded = left.waitForEvent('load');
		await leftPrompt.getByRole('button', { name: 'Reload' }).click();
		await leftReloaded;
		await expect(left.locator('.study')).toBeVisible();
		expect(left.url()).toBe(`${server.url}/study/timeline`);
		const totals = await storedTotals(left);
		expect(totals).toMatchObject({ reviews: 8, distinct: 8, reps: 8 });
		const stored = await readDatabase(left);
		expect(stored.version).toBe(versionA + 1);
		expect(new Set(stored.reviews.map((review) => review.itemId)).size).toBe(8);
		await left.goto(`${server.url}/`);
		await expect(left.getByText('8 reviews today')).toBeVisible();
	} finally {
		await server.close();
	}
});
