import { expect, test } from './test';
import { answerShownQuestion } from './answering';
import { readDatabase } from './database';

test('undo is hidden with nothing to undo and never reaches into an earlier session', async ({
	page
}) => {
	const undo = page.getByRole('button', { name: 'Undo last review' });
	await page.goto('/study/timeline');
	await page.locator('.study').waitFor();
	await expect(undo).toHaveCount(0);

	await answerShownQuestion(page);
	await page.keyboard.press('4');
	await expect(page.getByText('1 reviewed')).toBeVisible();
	await expect(undo).toBeVisible();

	// A new session (here, after a reload) has done nothing yet: the earlier review stays.
	await page.reload();
	await page.locator('.study').waitFor();
	await expect(undo).toHaveCount(0);
	await page.goto('/study');
	await page.locator('.study').waitFor();
	await expect(undo).toHaveCount(0);
	expect((await readDatabase(page)).reviews).toHaveLength(1);
});
