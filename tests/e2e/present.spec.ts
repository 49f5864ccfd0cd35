import { expect, test } from './test';
import { expectNoViolationsInEitherTheme } from './axe';
import { saveQuiz, savedQuiz, savedQuizItems } from './saved-quiz';

test('the presenter steps through the quiz by keyboard and reveals answers with their source', async ({
	page
}) => {
	await saveQuiz(page);
	await page.goto(`/classroom/present?quiz=${savedQuiz.id}`);
	const question = page.locator('#present-question');
	await expect(question).toHaveText(savedQuizItems[0]!.prompt);
	await expect(page.getByText('Question 1 of 5')).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.getByText(savedQuizItems[0]!.explanation)).toBeVisible();
	await expect(page.getByText(savedQuizItems[0]!.source.quote)).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(question).toHaveText(savedQuizItems[1]!.prompt);
	await expect(page.getByText(savedQuizItems[1]!.explanation)).toBeHidden();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByText('Question 2 of 5')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/classroom$/);
});

// With the answer shown, a state the screen list does not reach; the present and collect screens as
// they open are checked by axe in both themes with every other screen (reflow.spec.ts).
test('no axe violations on the present screen with the answer shown, light and dark themes', async ({
	page
}) => {
	await saveQuiz(page);
	await page.goto(`/classroom/present?quiz=${savedQuiz.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(savedQuiz.title);
	await page.keyboard.press('Space');
	await expectNoViolationsInEitherTheme(page, 'present');
});
