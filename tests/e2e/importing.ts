import type { Page } from '@playwright/test';
import { expect } from './test';

/** What the status line said during one import, in order, as a MutationObserver saw it. */
declare global {
	interface Window {
		importStatuses?: { seen: string[]; steps: (number | null)[]; observer: MutationObserver };
	}
}

const statusSelector = '#backup form [role="status"]';
/** The texts that end an import: its result, its refusal, or a replace waiting to be confirmed. */
const finished = /^(Imported |This file was not imported|Nothing was imported)/;

/** Starts recording every text the import status shows from now on (forgetting any earlier). */
async function recordStatuses(page: Page): Promise<void> {
	await page.evaluate((selector) => {
		const status = document.querySelector(selector);
		if (!status) throw new Error('no import status on the page');
		window.importStatuses?.observer.disconnect();
		const seen: string[] = [];
		const steps: (number | null)[] = [];
		const observer = new MutationObserver(() => {
			seen.push(status.textContent ?? '');
			steps.push(document.querySelector<HTMLProgressElement>('#backup progress')?.value ?? null);
		});
		observer.observe(status, { childList: true, characterData: true, subtree: true });
		window.importStatuses = { seen, steps, observer };
	}, statusSelector);
}

/** The status texts recorded since recordStatuses. */
export function recordedStatuses(page: Page): Promise<string[]> {
	return page.evaluate(() => [...(window.importStatuses?.seen ?? [])]);
}

/** The progress bar's step at each text recorded since recordStatuses (null when it was hidden). */
export function recordedSteps(page: Page): Promise<(number | null)[]> {
	return page.evaluate(() => [...(window.importStatuses?.steps ?? [])]);
}

/** Chooses a file and a mode and presses Import, recording what the status line shows. */
export async function startImport(
	page: Page,
	file: { name: string; text: string } | string,
	mode: 'Merge' | 'Replace'
): Promise<void> {
	await page
		.getByLabel('Backup file')
		.setInputFiles(
			typeof file === 'string'
				? file
				: { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) }
		);
	await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
	await recordStatuses(page);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
}

/**
 * Imports a file through Settings → Backup and returns this import's own result, never an earlier
 * import's message still on screen: only what the status showed after this Import was pressed
 * counts. A replace is confirmed when the file is valid.
 */
export async function importFile(
	page: Page,
	file: { name: string; text: string } | string,
	mode: 'Merge' | 'Replace'
): Promise<string> {
	await startImport(page, file, mode);
	const result = () =>
		expect.poll(async () => (await recordedStatuses(page)).find((text) => finished.test(text)), {
			timeout: 60_000
		});
	if (mode === 'Replace') {
		const confirm = page.getByRole('button', { name: 'Replace with the file' });
		const refused = page.getByText(/^This file was not imported/);
		await expect(confirm.or(refused)).toBeVisible({ timeout: 60_000 });
		if (await confirm.isVisible()) {
			await recordStatuses(page);
			await confirm.click();
		}
	}
	await result().toBeTruthy();
	const seen = await recordedStatuses(page);
	return seen.find((text) => finished.test(text)) as string;
}
