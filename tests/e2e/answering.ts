import type { Page } from '@playwright/test';

/**
 * Answers whatever question the study card shows, whichever its type, without caring whether the
 * answer is right: enough to reach the grade buttons.
 */
export async function answerShownQuestion(page: Page): Promise<void> {
	const card = page.locator('.study');
	await card.waitFor();
	const kind = await card.locator('.type').innerText();
	switch (kind) {
		case 'Flashcard':
			await card.getByRole('button', { name: 'Show answer' }).click();
			break;
		case 'True or false':
			await card.getByRole('button', { name: 'True', exact: true }).click();
			break;
		case 'Multiple choice':
			await card.locator('.option').first().click();
			break;
		case 'Several answers':
			await card.getByRole('checkbox').first().check();
			await card.getByRole('button', { name: 'Check' }).click();
			break;
		case 'Fill the blank':
		case 'Short answer':
			await card.getByRole('textbox').fill('an answer');
			await card.getByRole('button', { name: 'Check' }).click();
			break;
		case 'Put in order':
			await card.getByRole('button', { name: 'Check' }).click();
			break;
		case 'Match pairs':
			// Each answer fits one item only, so give each item a different one.
			for (const [index, pair] of (await card.locator('fieldset.pair').all()).entries()) {
				await pair.getByRole('radio').nth(index).check();
			}
			await card.getByRole('button', { name: 'Check' }).click();
			break;
		default:
			throw new Error(`unknown question type "${kind}"`);
	}
	await page.getByRole('group', { name: 'How well did you know it?' }).waitFor();
}
