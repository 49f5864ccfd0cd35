import type { Page } from '@playwright/test';
import { expect, test } from './test';
import elSalvador from '../../questions/sets/el-salvador.json' with { type: 'json' };
import whosWho from '../../questions/sets/whos-who.json' with { type: 'json' };
import { activeItems, type ItemOf, type QuestionSet } from '../../src/lib/content/schema';

/** Starts a practice quiz of every item of one type in the set. */
async function startQuiz(page: Page, set: QuestionSet, type: string) {
	await page.goto(`/quiz/${set.id}`);
	await page.getByRole('radio', { name: `All (${activeItems(set.items).length})` }).check();
	const types = page.getByRole('group', { name: 'Question types' }).getByRole('checkbox');
	for (const box of await types.all()) {
		if ((await box.getAttribute('value')) !== type) await box.uncheck();
	}
	await page.getByRole('button', { name: 'Start quiz' }).click();
}

async function shownItem<T extends ItemOf<'multi' | 'match' | 'typed' | 'cloze'>>(
	page: Page,
	items: T[]
): Promise<T> {
	const prompt = (await page.locator('.question h2').innerText()).trim();
	const item = items.find((candidate) => candidate.prompt.startsWith(prompt));
	if (!item) throw new Error(`unexpected question: ${prompt}`);
	return item;
}

test('select-all asks for at least one choice and says its instruction once', async ({ page }) => {
	const set = elSalvador as QuestionSet;
	const multi = activeItems(set.items).filter(
		(item): item is ItemOf<'multi'> => item.type === 'multi'
	);
	await startQuiz(page, set, 'multi');
	const item = await shownItem(page, multi);

	const card = page.locator('.card').filter({ has: page.locator('.question') });
	await expect(card.getByText(/all that apply/i)).toHaveCount(1);
	await expect(page.locator('.question h2')).not.toContainText(/all that apply/i);

	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('alert')).toHaveText('Choose at least one answer, then check.');
	await expect(page.locator('.verdict')).toHaveCount(0);
	await expect(page.getByRole('checkbox').first()).toBeFocused();

	for (const answer of item.answers) await page.getByRole('checkbox', { name: answer }).check();
	await expect(page.getByText('Choose at least one answer')).toHaveCount(0);
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('.verdict')).toContainText('Correct');
});

test('match on a phone: every answer in full, each used once, by keyboard', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	const set = whosWho as QuestionSet;
	const match = activeItems(set.items).filter(
		(item): item is ItemOf<'match'> => item.type === 'match'
	);
	await startQuiz(page, set, 'match');
	const item = await shownItem(page, match);
	const [first, second] = item.pairs as [(typeof item.pairs)[0], (typeof item.pairs)[0]];

	// Every answer is offered to every item, readable in full (nothing cut off or hidden).
	for (const pair of item.pairs) {
		const group = page.getByRole('group', { name: pair.left });
		for (const other of item.pairs) {
			const option = group.getByRole('radio', { name: other.right, exact: false });
			await expect(option).toHaveCount(1);
			const label = group.locator('label').filter({ hasText: other.right });
			const clipped = await label.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
			expect(clipped, other.right).toBe(false);
		}
	}
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);

	// Each answer is used once: the same answer for two items is flagged and cannot be checked.
	const group = (left: string) => page.getByRole('group', { name: left });
	await group(first.left).getByRole('radio', { name: first.right }).check();
	await group(second.left).getByRole('radio', { name: first.right }).check();
	await expect(page.getByText(`“${first.right}” is chosen for two items.`)).toBeVisible();
	await expect(group(second.left).getByText(`Also chosen for ${first.left}`)).toBeVisible();
	for (const [index, pair] of item.pairs.entries()) {
		if (index > 1) await group(pair.left).getByRole('radio', { name: pair.right }).check();
	}
	await expect(page.getByRole('button', { name: 'Check' })).toBeDisabled();

	// The keyboard alone: focus a group's radio and move with the arrow keys until the right one.
	for (const pair of item.pairs) {
		const radios = group(pair.left).getByRole('radio');
		await radios.first().focus();
		await page.keyboard.press('Space');
		for (let step = 0; step < item.pairs.length; step++) {
			if (await group(pair.left).getByRole('radio', { name: pair.right }).isChecked()) break;
			await page.keyboard.press('ArrowDown');
		}
		await expect(group(pair.left).getByRole('radio', { name: pair.right })).toBeChecked();
	}
	await page.getByRole('button', { name: 'Check' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.verdict')).toContainText('Correct');
});

test('typed answers accept a full name where the key has the surname', async ({ page }) => {
	const set = elSalvador as QuestionSet;
	const typed = activeItems(set.items).filter(
		(item): item is ItemOf<'typed'> => item.type === 'typed'
	);
	await startQuiz(page, set, 'typed');
	for (let number = 1; number <= typed.length; number++) {
		await expect(page.getByText(`Question ${number} of ${typed.length}`)).toBeVisible();
		const item = await shownItem(page, typed);
		const text = item.id === 'el-salvador-9' ? 'Joe Biden' : item.answer;
		await page.getByRole('textbox').fill(text);
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('.verdict'), `${item.id}: ${text}`).toContainText('Correct');
		await page.getByRole('button', { name: /Next question|See results/ }).click();
	}
	await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
});
