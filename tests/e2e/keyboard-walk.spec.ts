import type { Page } from '@playwright/test';
import en from '../../src/lib/i18n/messages/en.json' with { type: 'json' };
import es from '../../src/lib/i18n/messages/es.json' with { type: 'json' };
import { expect, test } from './test';
import { focusProblem, tabTo } from './keyboard-walk';
import type { Messages } from './screens';

/**
 * Answers the question on screen with keys alone, rightly or not: a letter picks an option, Space
 * turns a flashcard, text is typed, Enter checks; a match is ticked with Tab and Space.
 */
/** The session counter's "N reviewed", a plain message in English and a plural in Spanish. */
function reviewedText(
	message: string | readonly { match: Record<'countPlural=one' | 'countPlural=other', string> }[],
	count: number
): string {
	const text =
		typeof message === 'string'
			? message
			: message[0]!.match[count === 1 ? 'countPlural=one' : 'countPlural=other'];
	return text.replace('{count}', `${count}`);
}

async function answerByKeys(page: Page, t: Messages, trips: string[]): Promise<void> {
	const card = page.locator('.card').filter({ has: page.locator('.question') });
	const kind = await card.locator('.type').innerText();
	if (kind === t.item_type_flashcard) await page.keyboard.press('Space');
	else if (kind === t.item_type_truefalse || kind === t.item_type_mcq)
		await page.keyboard.press('a');
	else if (kind === t.item_type_multi) {
		await page.keyboard.press('a');
		await page.keyboard.press('Enter');
	} else if (kind === t.item_type_typed || kind === t.item_type_cloze) {
		await tabTo(page, card.getByRole('textbox'), trips);
		await page.keyboard.type('Mexico');
		await page.keyboard.press('Enter');
	} else if (kind === t.item_type_order) await page.keyboard.press('Enter');
	else if (kind === t.item_type_match) {
		// Tab enters an unticked group on its first radio; arrows move and tick. Each item takes a
		// different answer, as the question requires before Check works.
		for (const [index, group] of (await card.locator('fieldset.pair').all()).entries()) {
			await tabTo(page, group, trips);
			if (index === 0) await page.keyboard.press('Space');
			for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
		}
		await tabTo(page, card.getByRole('button', { name: t.answer_check }), trips);
		await page.keyboard.press('Enter');
	} else throw new Error(`unknown question type "${kind}"`);
}

for (const [t, locale] of [
	[en, 'en-US'],
	[es, 'es-MX']
] as const) {
	test.describe(`a new user on a phone with a keyboard only, ${locale}`, () => {
		test.use({ locale, viewport: { width: 360, height: 640 } });

		test('finds the course, studies, reads notes, takes a quiz and changes settings without a mouse', async ({
			page
		}) => {
			test.setTimeout(120_000);
			const trips: string[] = [];
			const main = page.locator('main');
			const nav = page.getByRole('navigation', { name: t.nav_label });

			// Today: the skip link first, then into the page.
			await page.goto('/');
			await expect(page.getByRole('heading', { level: 1, name: t.today_title })).toBeVisible();
			await page.keyboard.press('Tab');
			await expect(page.getByRole('link', { name: t.skip_to_content })).toBeFocused();
			expect(await focusProblem(page)).toBeNull();
			await page.keyboard.press('Enter');
			await tabTo(page, main.getByRole('link', { name: t.today_study_now }), trips);
			await page.keyboard.press('Enter');

			// Study three cards.
			await expect(page.getByRole('heading', { level: 1, name: t.study_title })).toBeVisible();
			for (let card = 1; card <= 3; card++) {
				await page.locator('.study').waitFor();
				await answerByKeys(page, t, trips);
				await expect(page.getByRole('group', { name: t.grade_prompt })).toBeVisible();
				const focused = await focusProblem(page);
				if (focused) trips.push(`after answering: ${focused}`);
				await page.keyboard.press('3');
				await expect(page.getByText(reviewedText(t.study_reviewed, card))).toBeVisible();
			}
			// The shortcuts sheet opens and closes by keys.
			await page.keyboard.press('?');
			const sheet = page.getByRole('dialog', { name: t.shortcuts_title });
			await expect(sheet).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(sheet).toBeHidden();

			// The card's notes link, then the set's practice quiz.
			await tabTo(page, page.locator('.notes-link'), trips);
			await page.keyboard.press('Enter');
			await expect(page.getByRole('heading', { level: 2, name: t.set_notes })).toBeVisible();
			await tabTo(page, main.getByRole('link', { name: t.set_quiz }), trips);
			await page.keyboard.press('Enter');
			await tabTo(page, page.getByRole('button', { name: t.quiz_start }), trips);
			await page.keyboard.press('Enter');
			for (let question = 1; question <= 3; question++) {
				await expect(
					page.getByText(
						new RegExp(
							`^${t.quiz_position.replace('{number}', `${question}`).replace('{total}', '\\d+')}$`
						)
					)
				).toBeVisible();
				await answerByKeys(page, t, trips);
				const selfGrade = page.getByRole('group', { name: t.grade_prompt });
				if (await selfGrade.isVisible()) await page.keyboard.press('3');
				await expect(page.locator('.verdict')).toBeVisible();
				await expect(page.locator('button.next')).toBeFocused();
				await page.keyboard.press('Enter');
			}

			// Settings through the navigation bar: the dark theme.
			await tabTo(page, nav.getByRole('link', { name: t.nav_settings }), trips);
			await page.keyboard.press('Enter');
			await expect(page.getByRole('heading', { level: 1, name: t.settings_title })).toBeVisible();
			// Tab stops once in a radio group, on its chosen radio; arrows choose another.
			const themes = page.getByRole('group', { name: t.theme_label });
			await tabTo(page, themes, trips, 120);
			for (let step = 0; step < 3; step++) {
				if (await themes.getByRole('radio', { name: t.theme_dark }).isChecked()) break;
				await page.keyboard.press('ArrowRight');
			}
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

			expect(trips).toEqual([]);
		});
	});
}
