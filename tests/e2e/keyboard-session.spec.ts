import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import { expectNoViolationsInEitherTheme } from './axe';
import tariffThreat from '../../questions/sets/tariff-threat.json' with { type: 'json' };
import whosWho from '../../questions/sets/whos-who.json' with { type: 'json' };
import { activeItems, type Item, type QuestionSet } from '../../src/lib/content/schema';
import { displayPrompt } from '../../src/lib/quiz/prompt';
import { readDatabase } from './database';

/** Presses Tab until the target (or something inside it) has focus: how a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, most = 80): Promise<void> {
	for (let presses = 0; presses < most; presses++) {
		const there = await target.evaluate(
			(element) => element === document.activeElement || element.contains(document.activeElement)
		);
		if (there) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`${most} presses of Tab never reached ${target}`);
}

/** The shortcut letter shown on a control. */
async function keyOf(control: Locator): Promise<string> {
	return (await control.getAttribute('aria-keyshortcuts'))!;
}

/** Answers the card on screen rightly, with the keyboard only: shortcuts, Tab, arrows, Enter. */
async function answerByKeyboard(page: Page, item: Item): Promise<void> {
	const card = page.locator('.study');
	switch (item.type) {
		case 'flashcard':
			await page.keyboard.press('Space');
			break;
		case 'truefalse':
			await page.keyboard.press(item.answer ? 'a' : 'b');
			break;
		case 'mcq':
			await page.keyboard.press(
				await keyOf(card.getByRole('button', { name: item.answer, exact: true }))
			);
			break;
		case 'multi':
			for (const answer of item.answers) {
				await page.keyboard.press(
					await keyOf(card.getByRole('checkbox', { name: answer, exact: true }))
				);
			}
			await page.keyboard.press('Enter');
			break;
		case 'match':
			for (const pair of item.pairs) {
				const group = card.getByRole('group', { name: pair.left, exact: true });
				await tabTo(page, group);
				// Tab enters an unticked group on its first radio; arrows move down and tick.
				const values = await group
					.getByRole('radio')
					.evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
				const steps = values.indexOf(pair.right);
				if (steps === 0) await page.keyboard.press('Space');
				for (let step = 0; step < steps; step++) await page.keyboard.press('ArrowDown');
				await expect(group.getByRole('radio', { name: pair.right, exact: true })).toBeChecked();
			}
			await tabTo(page, card.getByRole('button', { name: 'Check' }));
			await page.keyboard.press('Enter');
			break;
		default:
			throw new Error(`no keyboard answer written for ${item.type}`);
	}
	await expect(page.locator('.verdict, .back')).not.toHaveCount(0);
}

test('a whole set by keyboard alone: from Today by Tab and Enter, every card, to the end', async ({
	page
}) => {
	test.setTimeout(120_000);
	const items = activeItems((whosWho as QuestionSet).items);
	const card = page.locator('.study');
	/** The item on screen: several matches share a prompt, so their left-hand items tell them apart. */
	async function shownItem(): Promise<Item> {
		const prompt = await card.locator('.prompt').innerText();
		const lefts = await card.locator('legend').allInnerTexts();
		const item = items.find(
			(item) =>
				displayPrompt(item) === prompt &&
				(item.type !== 'match' || item.pairs.every((pair) => lefts.includes(pair.left)))
		);
		if (!item) throw new Error(`a card from outside the set: ${prompt}`);
		return item;
	}

	await page.goto('/');
	await tabTo(page, page.getByRole('link', { name: "Who's who", exact: true }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toContainText("Who's who");
	await tabTo(page, page.getByRole('link', { name: 'Study this set' }));
	await page.keyboard.press('Enter');

	const grades = page.getByRole('group', { name: 'How well did you know it?' });
	const end = page.getByRole('heading', { name: 'Session complete' });
	const seen = new Set<string>();
	for (let shown = 0; shown < 3 * items.length; shown++) {
		await expect(end.or(card)).toBeVisible();
		if (await end.isVisible()) break;
		const item = await shownItem();
		await answerByKeyboard(page, item);
		await expect(grades).toBeVisible();
		// Right answers propose Good, which brings a new card back once; a match is graded Easy.
		if (item.type === 'match' && !seen.has(item.id)) await page.keyboard.press('4');
		else await page.keyboard.press('Enter');
		seen.add(item.id);
		await expect(grades).toBeHidden();
	}
	await expect(end).toBeVisible();
	expect(seen.size).toBe(items.length);

	const { reviews } = await readDatabase(page);
	const ratings = reviews.map((review) => review.log.rating);
	const matches = items.filter((item) => item.type === 'match').length;
	// Good twice for each card but the matches, which Easy graduates at once.
	expect(ratings.filter((rating) => rating === 4)).toHaveLength(matches);
	expect(ratings.filter((rating) => rating === 3)).toHaveLength(2 * (items.length - matches));
	expect(ratings).toHaveLength(reviews.length);
});

test('? opens the list of every shortcut as a dialog that keeps focus, closes on Escape and gives focus back', async ({
	page
}) => {
	const [mcq] = activeItems((tariffThreat as QuestionSet).items);
	if (mcq?.type !== 'mcq') throw new Error('fixture items changed');
	await page.goto('/study/tariff-threat');
	const second = page.locator('.study .option').nth(1);
	await tabTo(page, second);

	await page.keyboard.press('?');
	const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(sheet).toBeVisible();
	for (const line of [
		'Choose an option; in “select all”, tick or untick it',
		'Show a flashcard’s answer',
		'Grade: Again, Hard, Good, Easy',
		'Check a “select all” answer; once answered, confirm the highlighted grade',
		'Undo this session’s last review',
		'Open this list',
		'Close this list'
	]) {
		await expect(sheet.getByText(line, { exact: true })).toBeVisible();
	}
	await expect(sheet.getByRole('definition')).toHaveCount(7);
	await expect(sheet.locator('dt').first()).toHaveText(/A\s*–\s*to\s*F/);

	// Focus stays inside however often Tab is pressed, and keys there do nothing to the page.
	for (let presses = 0; presses < 6; presses++) {
		await page.keyboard.press(presses % 2 ? 'Shift+Tab' : 'Tab');
		expect(await sheet.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
	}
	for (const key of ['a', 'b', '1', 'u', '?']) await page.keyboard.press(key);
	await page.keyboard.press('Escape');
	await expect(sheet).toBeHidden();
	await expect(second).toBeFocused();
	await expect(page.locator('.study .option[aria-pressed="true"]')).toHaveCount(0);
	expect((await readDatabase(page)).reviews).toEqual([]);

	// The same list is a visible button away, for touch; its Close button gives focus back too.
	const open = page.getByRole('button', { name: 'Keyboard shortcuts' });
	await tabTo(page, open);
	await page.keyboard.press('Enter');
	await expect(sheet).toBeVisible();
	await sheet.getByRole('button', { name: 'Close' }).click();
	await expect(sheet).toBeHidden();
	await expect(open).toBeFocused();
});

test('a practice quiz lists its own shortcuts and answers by letter', async ({ page }) => {
	await page.goto('/quiz/tariff-threat');
	const types = page.getByRole('group', { name: 'Question types' }).getByRole('checkbox');
	// Retried: a choice made before the page has hydrated can be reset by it.
	await expect(async () => {
		for (const type of await types.all()) {
			if ((await type.getAttribute('value')) !== 'mcq') await type.uncheck();
		}
		await expect(types.and(page.locator(':checked'))).toHaveCount(1, { timeout: 500 });
	}).toPass();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
	const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(
		sheet.getByText('Check a “select all” answer; once answered, go to the next question')
	).toBeVisible();
	await expect(sheet.getByText('Undo this session’s last review')).toHaveCount(0);
	await expect(sheet.getByText('Grade: Again, Hard, Good, Easy')).toHaveCount(0);
	await page.keyboard.press('Escape');
	await expect(sheet).toBeHidden();

	const third = page.locator('.question .option').nth(2);
	await expect(third).toHaveAttribute('aria-keyshortcuts', 'C');
	await page.keyboard.press('c');
	await expect(third).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('.verdict')).toBeVisible();
	// Next has focus, so Enter moves on.
	await page.keyboard.press('Enter');
	await expect(page.getByText('Question 2 of')).toBeVisible();
});

// One visit checks both themes: the theme follows the system's colour scheme live.
test('no axe violations with the shortcut sheet open, light and dark themes, phone', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 640 });
	await page.goto('/study/honduras');
	await page.locator('.study').waitFor();
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
	await expectNoViolationsInEitherTheme(page, 'shortcut sheet');
	// Nothing scrolls sideways at 360 px.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
