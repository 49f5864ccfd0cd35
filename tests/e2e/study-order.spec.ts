import { expect, test } from './test';
import { answerShownQuestion } from './answering';
import elSalvador from '../../questions/sets/el-salvador.json' with { type: 'json' };
import honduras from '../../questions/sets/honduras.json' with { type: 'json' };
import mexicanPolitics from '../../questions/sets/mexican-politics.json' with { type: 'json' };

// The first three sets in bank (id) order.
const [first, second, third] = [elSalvador, honduras, mexicanPolitics];

/** The set of the card on screen, from its notes link. */
function shownSet(page: import('@playwright/test').Page) {
	return page.locator('.study .notes-link');
}

test('Study all mixes new cards across sets by default; one set at a time follows the sets', async ({
	page
}) => {
	await page.goto('/study');
	for (const [index, set] of [first, second, third].entries()) {
		await expect(shownSet(page)).toHaveText(`Notes: ${set.title}`);
		await answerShownQuestion(page);
		await page.keyboard.press('3');
		await expect(page.getByText(`${index + 1} reviewed`)).toBeVisible();
	}

	await page.goto('/settings');
	const mixed = page.getByRole('radio', { name: 'Mixed across sets' });
	await expect(mixed).toBeChecked();
	await page.getByRole('radio', { name: 'One set at a time' }).check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('radio', { name: 'One set at a time' })).toBeChecked();

	// The first set's second card now comes before any card of the fourth set.
	await page.goto('/study');
	await expect(shownSet(page)).toHaveText(`Notes: ${first.title}`);
});
