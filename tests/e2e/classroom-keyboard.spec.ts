/**
 * Every classroom screen on a 360 × 640 phone at 200% text, with the keyboard alone: each Tab stop
 * shows its focus, sits on screen and is big enough to tap; each action leaves focus somewhere that
 * makes sense; nothing scrolls sideways. The screens are walked in the light and dark themes in
 * turn, in one pass: a theme changes colours only (app.css's tokens), never sizes or focus, and
 * their contrast is axe's to check (a11y, reflow and classroom specs).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import { sidewaysOverflow, useLargeText } from './large-text';
import { saveQuiz, savedQuiz, savedQuizItems } from './saved-quiz';
import { encodeResultCode } from '../../src/lib/classroom/result-code';

/** Presses Tab until `target` has focus. */
async function tabTo(page: Page, target: Locator, most = 80): Promise<void> {
	for (let presses = 0; presses < most; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`${most} presses of Tab never reached ${target}`);
}

/** What is wrong with the focused element, if anything: [] when all is well. */
async function focusProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return ['focus is on nothing'];
		const name = `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
		const problems: string[] = [];
		const style = getComputedStyle(element);
		const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
		if (!element.matches(':focus-visible') || !ring) problems.push(`${name}: no focus ring`);
		const box = element.getBoundingClientRect();
		const width = document.documentElement.clientWidth;
		if (box.left < -1 || box.right > width + 1) problems.push(`${name}: reaches off screen`);
		// The sticky bar at the bottom must not hide what has focus (WCAG 2.4.11).
		const nav = document.querySelector('nav[aria-label]');
		const barTop = nav && !nav.contains(element) ? nav.getBoundingClientRect().top : innerHeight;
		if (box.top >= barTop || box.bottom <= 0) problems.push(`${name}: hidden under the bar`);
		// A checkbox or radio is tapped through its whole label; links in running text are exempt.
		const target = element.matches('[type="checkbox"], [type="radio"]')
			? (element.closest('label') ?? element)
			: element;
		const tap = target.getBoundingClientRect();
		const inline = element.tagName === 'A' && style.display === 'inline';
		if (!inline && (tap.width < 44 || tap.height < 44)) {
			problems.push(`${name}: ${Math.round(tap.width)} × ${Math.round(tap.height)} px`);
		}
		return problems;
	});
}

/**
 * Tabs through every stop of the page, from the top, and lists what is wrong on the way; then
 * checks that the page does not scroll sideways.
 */
async function walk(page: Page, where: string): Promise<void> {
	// Each walk in the other theme from the last, so both are walked; the theme follows the system's
	// colour scheme live.
	const theme =
		(await page.locator('html').getAttribute('data-theme')) === 'dark' ? 'light' : 'dark';
	await page.emulateMedia({ colorScheme: theme });
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
	where = `${where}, ${theme} theme`;
	// Tab starts from the top of the page: a focused, empty mark before everything else.
	await page.evaluate(() => {
		const start = document.createElement('span');
		start.tabIndex = -1;
		start.id = 'walk-start';
		document.body.prepend(start);
		start.focus();
		window.scrollTo(0, 0);
	});
	const problems: string[] = [];
	const seen = new Set<string>();
	for (let stop = 0; stop < 120; stop++) {
		await page.keyboard.press('Tab');
		const id = await page.evaluate(() => {
			document.getElementById('walk-start')?.remove();
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return null;
			element.dataset.walk ??= String(Math.random());
			return element.dataset.walk;
		});
		if (id === null || seen.has(id)) break;
		seen.add(id);
		problems.push(...(await focusProblems(page)));
	}
	expect(seen.size, `${where}: Tab stops`).toBeGreaterThan(3);
	expect(problems, `${where}: focus`).toEqual([]);
	expect(await sidewaysOverflow(page), `${where}: sideways`).toEqual([]);
}

/** Expects `target` to have focus, with a visible ring and nothing wrong. */
async function expectFocused(page: Page, target: Locator, where: string): Promise<void> {
	await expect(target, where).toBeFocused();
	expect(await focusProblems(page), where).toEqual([]);
}

const codeOfAna = encodeResultCode(
	{
		name: 'Ana',
		startedAt: new Date('2026-03-02T09:15Z'),
		durationSeconds: 312,
		answers: savedQuizItems.map(() => ({ answered: true, correct: true, choice: null }))
	},
	{ key: savedQuiz.id, items: savedQuizItems }
);

test('every classroom screen works by keyboard on a phone at 200% text, light and dark themes', async ({
	page
}) => {
	// A dozen screens walked stop by stop: well past the default minute on a busy machine.
	test.setTimeout(240_000);
	await page.setViewportSize({ width: 360, height: 640 });
	await useLargeText(page);
	await saveQuiz(page);

	// The list, and deleting with a confirmation that can be declined.
	await page.goto('/classroom');
	await expect(page.getByRole('heading', { level: 3, name: savedQuiz.title })).toBeVisible();
	await walk(page, 'list');
	const remove = page.getByRole('button', { name: `Delete “${savedQuiz.title}”` });
	await tabTo(page, remove);
	await page.keyboard.press('Enter');
	const keep = page.getByRole('button', { name: 'Keep it' });
	await expectFocused(page, keep, 'asked to confirm');
	await walk(page, 'list, confirming');
	await keep.focus();
	await page.keyboard.press('Enter');
	await expectFocused(page, remove, 'kept: back on Delete');

	// Building a quiz.
	await tabTo(page, page.getByRole('link', { name: 'New quiz' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Build a quiz' })).toBeVisible();
	await walk(page, 'build');
	await tabTo(page, page.getByLabel('Title'));
	await page.keyboard.type('Typed quiz');
	await tabTo(page, page.getByLabel('Number of questions'));
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('3');
	await tabTo(page, page.getByRole('button', { name: 'Save and share' }));
	await page.keyboard.press('Enter');

	// Sharing it.
	await expect(page.getByRole('heading', { level: 1, name: 'Share “Typed quiz”' })).toBeVisible();
	await walk(page, 'share');
	const copy = page.getByRole('button', { name: 'Copy link' });
	await tabTo(page, copy);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: /cop/i })).not.toBeEmpty();
	await expectFocused(page, copy, 'copied');
	const link = await page.getByRole('textbox', { name: 'Quiz link' }).inputValue();
	await tabTo(page, page.getByRole('link', { name: 'All quizzes' }));
	await page.keyboard.press('Enter');

	// Deleting the new quiz: focus lands on the list, which now starts with the other quiz.
	await tabTo(page, page.getByRole('button', { name: 'Delete “Typed quiz”' }));
	await page.keyboard.press('Enter');
	await page.keyboard.press('Shift+Tab');
	await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Deleted “Typed quiz”.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 3 })).toHaveText([savedQuiz.title]);
	const list = page.getByRole('heading', { level: 2, name: 'Your quizzes' });
	await expect(list, 'deleted: focus on the list').toBeFocused();
	await page.keyboard.press('Tab');
	await expectFocused(
		page,
		page.getByRole('link', { name: `Open “${savedQuiz.title}”` }),
		'deleted, then Tab'
	);

	// Collecting results: after adding, focus is back in the box for the next code.
	await tabTo(page, page.getByRole('link', { name: `Results of “${savedQuiz.title}”` }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: /Results/ })).toBeVisible();
	await walk(page, 'collect, empty');
	const codes = page.getByLabel('Result codes');
	await tabTo(page, codes);
	await page.keyboard.type(codeOfAna);
	await tabTo(page, page.getByRole('button', { name: 'Add results' }));
	await page.keyboard.press('Enter');
	await expect(page.getByText('Added Ana.')).toBeVisible();
	await expectFocused(page, codes, 'codes added');
	await expect(codes).toHaveValue('');
	await walk(page, 'collect, with results');
	await tabTo(page, page.getByRole('link', { name: 'Back to your quizzes' }));
	await page.keyboard.press('Enter');

	// Presenting: every question, its answer shown, and the buttons keep focus at either end.
	await tabTo(page, page.getByRole('link', { name: `Present “${savedQuiz.title}”` }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: /Presenting/ })).toBeVisible();
	await walk(page, 'present');
	const next = page.getByRole('button', { name: 'Next', exact: true });
	await tabTo(page, next);
	for (let number = 1; number <= savedQuizItems.length; number++) {
		await expect(page.getByText(`Question ${number} of ${savedQuizItems.length}`)).toBeVisible();
		await page.keyboard.press('Space');
		await expect(page.getByText(savedQuizItems[number - 1]!.explanation)).toBeVisible();
		expect(await sidewaysOverflow(page), `present ${number}, answer shown`).toEqual([]);
		await page.keyboard.press('Enter');
	}
	expect(await focusProblems(page), 'present: after the last question').toEqual([]);
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/classroom$/);

	// The print view on screen.
	await tabTo(page, page.getByRole('link', { name: `Print “${savedQuiz.title}”` }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: savedQuiz.title })).toBeVisible();
	await walk(page, 'print');

	// A student's screens, from the link.
	await page.goto('/classroom');
	await saveQuiz(page);
	await page.goto(`/classroom/share?quiz=${savedQuiz.id}`);
	const savedLink = await page.getByRole('textbox', { name: 'Quiz link' }).inputValue();
	expect(savedLink).not.toBe(link);
	await page.goto(savedLink);
	await expect(page.getByLabel('Your name')).toBeVisible();
	await walk(page, 'take, name');
	await tabTo(page, page.getByLabel('Your name'));
	await page.keyboard.type('Ana');
	await page.keyboard.press('Enter');
	await expect(page.getByText(`Question 1 of ${savedQuizItems.length}`)).toBeVisible();
	await expectFocused(
		page,
		page.getByRole('heading', { level: 2, name: savedQuizItems[0]!.prompt }),
		'started: on the first question'
	);
	await walk(page, 'take, a question');
	// The first question is a multiple choice: Enter on an option answers it, the quiz moves on
	// and the next question has focus, so Tab carries on from there.
	await tabTo(page, page.locator('.question .option').first());
	await page.keyboard.press('Enter');
	await expect(page.getByText(`Question 2 of ${savedQuizItems.length}`)).toBeVisible();
	await expectFocused(
		page,
		page.getByRole('heading', { level: 2, name: savedQuizItems[1]!.prompt }),
		'answered: on the next question'
	);
	// The last question, a match, finishes the quiz after Check.
	await page.goto('/classroom');
	await page.goto(savedLink);
	for (let number = 2; number <= savedQuizItems.length; number++) {
		await expect(page.getByText(`Question ${number} of`)).toBeVisible();
		const item = savedQuizItems[number - 1]!;
		if (item.type === 'truefalse') await page.keyboard.press('a');
		else {
			if (item.type === 'typed') {
				await tabTo(page, page.getByRole('textbox'));
				await page.keyboard.type('x');
			}
			if (item.type === 'match') {
				// Tab enters each left's group of radios; Space picks the first, arrows move on and
				// pick another, so each left gets an answer of its own.
				for (const [index, pair] of item.pairs.entries()) {
					const group = page.getByRole('group', { name: pair.left });
					await tabTo(page, group.getByRole('radio').first());
					await page.keyboard.press('Space');
					for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
					await expect(group.getByRole('radio').nth(index)).toBeChecked();
				}
			}
			await tabTo(page, page.getByRole('button', { name: 'Check' }));
			await page.keyboard.press('Enter');
		}
	}
	await expect(page.locator('.code')).toBeVisible();
	await expect(page.getByText(/You got \d of 5 right/)).toBeFocused();
	await walk(page, 'take, result');
});

test('a student taking a classroom quiz has the same "?" list of shortcuts as a practice quiz', async ({
	page
}) => {
	await saveQuiz(page);
	await page.goto(`/classroom/share?quiz=${savedQuiz.id}`);
	await page.goto(await page.getByRole('textbox', { name: 'Quiz link' }).inputValue());
	await page.getByLabel('Your name').fill('Ana');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByText('Question 1 of 5')).toBeVisible();
	await page.keyboard.press('?');
	const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(sheet).toBeVisible();
	await expect(
		sheet.getByText('Check a “select all” answer; once answered, go to the next question')
	).toBeVisible();
	await expect(sheet.getByText('Undo this session’s last review')).toHaveCount(0);
	// Keys pressed while the list is open do nothing to the quiz.
	await page.keyboard.press('a');
	await page.keyboard.press('Escape');
	await expect(sheet).toBeHidden();
	await expect(page.getByText('Question 1 of 5')).toBeVisible();
	// The saved quiz keeps the bank's option order, so A is the first option.
	const first = page.locator('.question .option').first();
	await expect(first).toHaveAttribute('aria-keyshortcuts', 'A');
	await page.keyboard.press('a');
	await expect(page.getByText('Question 2 of 5')).toBeVisible();
	// The button that opens the list is there for touch too.
	await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
	await expect(sheet).toBeVisible();
});
