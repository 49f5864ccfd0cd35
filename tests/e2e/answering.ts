import type { Locator, Page } from '@playwright/test';
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
	| 'quiz_knew'
>;

/**
 * Answers the question in `card` (the box holding its type label and the question), whichever its
 * type, without caring whether the answer is right, and returns the type's label. A flashcard is
 * only turned over: what follows (grades in study, "I knew it" in a quiz) is the caller's.
 */
export async function answerQuestion(card: Locator, labels: Labels = en): Promise<string> {
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
	return kind;
}

/**
 * Answers whatever question the study card shows, whichever its type, without caring whether the
 * answer is right: enough to reach the grade buttons.
 */
export async function answerShownQuestion(page: Page, labels: Labels = en): Promise<void> {
	await answerQuestion(page.locator('.study'), labels);
	await page.getByRole('group', { name: labels.grade_prompt }).waitFor();
}

/**
 * Answers the question a practice or classroom quiz shows, as answerQuestion does, and says "I
 * knew it" to a flashcard, so the quiz records an answer.
 */
export async function answerQuizQuestion(page: Page, labels: Labels = en): Promise<void> {
	const card = page.locator('.card').filter({ has: page.locator('.question') });
	// Read first: a quiz that gives feedback only at the end moves on as soon as it is answered.
	if ((await answerQuestion(card, labels)) === labels.item_type_flashcard) {
		await card.getByRole('button', { name: labels.quiz_knew }).click();
	}
}
