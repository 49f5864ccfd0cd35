import type { Page } from '@playwright/test';
import en from '../../src/lib/i18n/messages/en.json' with { type: 'json' };

/** The static interface messages this helper reads, in the language the page shows. */
type Labels = Pick<
	typeof en,
	| 'item_type_flashcard'
	| 'item_type_truefalse'
	| 'item_type_mcq'
	| 'item_type_multi'
	| 'item_type_cloze'
	| 'item_type_typed'
	| 'item_type_order'
	| 'item_type_match'
	| 'answer_show'
	| 'answer_true'
	| 'answer_check'
	| 'grade_prompt'
>;

/**
 * Answers whatever question the study card shows, whichever its type, without caring whether the
 * answer is right: enough to reach the grade buttons.
 */
export async function answerShownQuestion(page: Page, labels: Labels = en): Promise<void> {
	const card = page.locator('.study');
	await card.waitFor();
	const kind = await card.locator('.type').innerText();
	switch (kind) {
		case labels.item_type_flashcard:
			await card.getByRole('button', { name: labels.answer_show }).click();
			break;
		case labels.item_type_truefalse:
			await card.getByRole('button', { name: labels.answer_true, exact: true }).click();
			break;
		case labels.item_type_mcq:
			await card.locator('.option').first().click();
			break;
		case labels.item_type_multi:
			await card.getByRole('checkbox').first().check();
			await card.getByRole('button', { name: labels.answer_check }).click();
			break;
		case labels.item_type_cloze:
		case labels.item_type_typed:
			await card.getByRole('textbox').fill('an answer');
			await card.getByRole('button', { name: labels.answer_check }).click();
			break;
		case labels.item_type_order:
			await card.getByRole('button', { name: labels.answer_check }).click();
			break;
		case labels.item_type_match:
			// Each answer fits one item only, so give each item a different one.
			for (const [index, pair] of (await card.locator('fieldset.pair').all()).entries()) {
				await pair.getByRole('radio').nth(index).check();
			}
			await card.getByRole('button', { name: labels.answer_check }).click();
			break;
		default:
			throw new Error(`unknown question type "${kind}"`);
	}
	await page.getByRole('group', { name: labels.grade_prompt }).waitFor();
}
