import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './test';
import { expectNoViolationsInEitherTheme } from './axe';
import { saveQuiz, savedQuiz, savedQuizItems } from './saved-quiz';

/** Page sizes in PDF points (Chromium rounds A4's 595.3 × 841.9 to whole pixels). */
const paper = {
	A4: { width: 595.3, height: 841.9 },
	Letter: { width: 612, height: 792 }
} as const;

/** Each page's text and size, as Chromium's print-to-PDF lays the page out on `format`. */
async function printedPages(page: Page, format: keyof typeof paper) {
	const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format })));
	const { text } = await extractText(pdf, { mergePages: false });
	const sizes = await Promise.all(
		text.map(async (_, index) => {
			const { width, height } = (await pdf.getPage(index + 1)).getViewport({ scale: 1 });
			return { width, height };
		})
	);
	return text.map((words, index) => ({ text: words.replace(/\s+/g, ' '), size: sizes[index]! }));
}

/** Text as a PDF gives it back: spaces only, and never split over a line. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').slice(0, 40);

async function openPrintView(page: Page) {
	await saveQuiz(page);
	await page.goto('/classroom');
	await page.getByRole('link', { name: `Print “${savedQuiz.title}”` }).click();
	await expect(page.getByRole('heading', { level: 1, name: savedQuiz.title })).toBeVisible();
}

test('the worksheet prints on A4 and Letter with the answer key on a page of its own', async ({
	page
}) => {
	await openPrintView(page);
	const questions = page.locator('.questions > li');
	await expect(questions).toHaveCount(savedQuizItems.length);
	await expect(questions.nth(0)).toContainText('Circle one letter.');
	await expect(questions.nth(2)).toContainText('Write your answer on the line.');
	await expect(questions.nth(3)).toContainText('Number the events from 1 (earliest)');
	await expect(questions.nth(4)).toContainText('Write the letter of the matching answer');
	const key = page.getByRole('region', { name: `Answer key: ${savedQuiz.title}` });
	await expect(key.getByRole('listitem')).toHaveCount(savedQuizItems.length);
	const mcq = savedQuizItems[0]!;
	if (mcq.type !== 'mcq') throw new Error('the first item should be an mcq');
	const mcqLetter = String.fromCharCode(65 + mcq.options.indexOf(mcq.answer));
	await expect(key.getByRole('listitem').first()).toHaveText(`${mcqLetter} — ${mcq.answer}`);

	for (const format of ['A4', 'Letter'] as const) {
		const pages = await printedPages(page, format);
		for (const { size } of pages) {
			expect(Math.abs(size.width - paper[format].width), `${format} width`).toBeLessThan(1.5);
			expect(Math.abs(size.height - paper[format].height), `${format} height`).toBeLessThan(1.5);
		}
		const keyPage = pages.findIndex((printed) => printed.text.includes('Answer key:'));
		expect(keyPage, `${format}: the key starts a later page`).toBeGreaterThan(0);
		const worksheet = pages
			.slice(0, keyPage)
			.map((printed) => printed.text)
			.join(' ');
		const answers = pages
			.slice(keyPage)
			.map((printed) => printed.text)
			.join(' ');
		expect(pages[0]!.text).toContain('Name');
		expect(pages[0]!.text).toContain('Date');
		for (const item of savedQuizItems) {
			expect(worksheet, `${format}: question on the worksheet`).toContain(squeeze(item.prompt));
			expect(answers, `${format}: question on the key page`).not.toContain(squeeze(item.prompt));
		}
		expect(answers).toContain(mcq.answer);
		expect(worksheet).not.toContain('Answer key');
		// Only the sheet prints: no app header, navigation or screen instructions.
		const all = pages.map((printed) => printed.text).join(' ');
		for (const chrome of ['Skip to content', 'Statistics', 'Settings', 'A worksheet for paper']) {
			expect(all, `${format}: ${chrome}`).not.toContain(chrome);
		}
	}
});

test('the worksheet prints black on white in the dark theme too', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('repaso-theme', 'dark'));
	await openPrintView(page);
	await page.emulateMedia({ media: 'print' });
	const colours = await page.evaluate(() => {
		const of = (selector: string) => getComputedStyle(document.querySelector(selector)!);
		return {
			background: of('body').backgroundColor,
			text: of('.prompt').color,
			sheet: of('.sheet').backgroundColor
		};
	});
	expect(colours).toEqual({
		background: 'rgb(255, 255, 255)',
		text: 'rgb(0, 0, 0)',
		sheet: 'rgba(0, 0, 0, 0)'
	});
	await expect(page.locator('.app-header')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
});

test('a print link for a quiz that is not on this device says so', async ({ page }) => {
	await page.goto('/classroom/print?quiz=000000000000');
	await expect(page.getByRole('heading', { level: 1, name: 'Print a quiz' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Back to your quizzes' })).toBeVisible();
});

test('no axe violations on the print view, on screen and for print, light and dark themes', async ({
	page
}) => {
	await openPrintView(page);
	for (const media of ['screen', 'print'] as const) {
		await page.emulateMedia({ media });
		await expectNoViolationsInEitherTheme(page, media);
	}
});
