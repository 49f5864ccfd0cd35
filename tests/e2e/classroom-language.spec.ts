/**
 * The classroom screens in both interface languages: the honest word on what a result code's quiz
 * key prevents, and the question bank's English marked as such on the printed worksheet.
 */
import en from '../../src/lib/i18n/messages/en.json' with { type: 'json' };
import es from '../../src/lib/i18n/messages/es.json' with { type: 'json' };
import { expect, test } from './test';
import { unmarkedContent } from './content-lang';
import { saveQuiz, savedQuiz, savedQuizItems } from './saved-quiz';

for (const [locale, messages] of [
	['en-US', en],
	['es-MX', es]
] as const) {
	test.describe(`a teacher whose browser speaks ${locale}`, () => {
		test.use({ locale });

		test('is told what the quiz key prevents and what it does not, on share and collect', async ({
			page
		}) => {
			await saveQuiz(page);
			await page.goto(`/classroom/share?quiz=${savedQuiz.id}`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale.slice(0, 2));
			await expect(page.getByText(messages.share_trust, { exact: true })).toBeVisible();
			await page.goto(`/classroom/collect?quiz=${savedQuiz.id}`);
			await expect(page.getByText(messages.collect_trust, { exact: true })).toBeVisible();
		});

		test('prints the bank’s questions, options and answers marked as English', async ({ page }) => {
			await saveQuiz(page);
			await page.goto(`/classroom/print?quiz=${savedQuiz.id}`);
			await expect(page.getByRole('heading', { level: 1, name: savedQuiz.title })).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('lang', locale.slice(0, 2));
			expect(await unmarkedContent(page)).toEqual([]);
			// True and false are the interface's own words, in its language.
			const trueFalse = page.locator('.questions > li').nth(1);
			await expect(trueFalse.getByText(messages.answer_true, { exact: true })).not.toHaveAttribute(
				'lang',
				/./
			);
			await expect(trueFalse.getByText(savedQuizItems[1]!.prompt, { exact: true })).toHaveAttribute(
				'lang',
				'en'
			);
		});
	});
}
