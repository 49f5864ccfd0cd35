import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { expectNoViolationsInEitherTheme } from './axe';
import { answerShownQuestion } from './answering';

// A fixed noon in a fixed zone: a card due in ten minutes is due today whenever the test runs.
test.use({ timezoneId: 'America/Mexico_City' });
const noon = Date.parse('2026-03-10T18:00:00Z');
test.beforeEach(async ({ page }) => {
	await page.clock.setFixedTime(noon);
});

const dayMs = 86_400_000;

/** Studies a set from `from`, one card per grade, each taking 20 seconds. */
async function study(
	page: Page,
	set: string,
	grades: readonly ('Again' | 'Good' | 'Easy')[],
	from = noon
): Promise<void> {
	await page.clock.setFixedTime(from);
	await page.goto(`/study/${set}`);
	for (const [index, grade] of grades.entries()) {
		await answerShownQuestion(page);
		await page.clock.setFixedTime(from + (index + 1) * 20_000);
		await page.getByRole('button', { name: new RegExp(`^${grade}, next in`) }).click();
		await expect(page.getByText(`${index + 1} reviewed`)).toBeVisible();
	}
}

/** The figure a summary card shows under its name. */
function figure(page: Page, name: string | RegExp) {
	return page
		.locator('.figures > div')
		.filter({ has: page.getByText(name) })
		.locator('dd');
}

test('the cards studied today show in the summary, the calendar, the forecast and the mastery', async ({
	page
}) => {
	await study(page, 'honduras', ['Good', 'Good', 'Good']);
	await page.goto('/stats');
	await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();

	await expect(figure(page, 'Reviews, last 90 days')).toHaveText('3');
	await expect(figure(page, 'Days studied, last 90 days')).toHaveText('1');
	await expect(figure(page, 'Streak')).toHaveText('1 day');
	await expect(figure(page, 'Time studied today')).toHaveText('1 min');
	await expect(figure(page, 'Time studied, last 90 days')).toHaveText('1 min');
	// New cards are not in the Review state yet: nothing to measure retention on.
	await expect(figure(page, /True retention/)).toHaveText('No reviews yet');

	const calendar = page.getByRole('region', { name: 'Reviews per day' });
	await expect(calendar.getByRole('img')).toHaveAccessibleName(/3 reviews on 1 days/);
	await calendar.getByText('Show as a table').click();
	const todayRow = calendar.getByRole('row').nth(1);
	await expect(todayRow.getByRole('cell')).toHaveText('3');

	// Good on a new card brings it back within the day: all three are due today.
	const forecast = page.getByRole('region', { name: 'Due forecast' });
	await expect(forecast.locator('canvas').first()).toBeVisible();
	await forecast.getByText('Show as a table').click();
	await expect(
		forecast.getByRole('row', { name: /^Today, with overdue cards/ }).getByRole('cell')
	).toHaveText('3');

	const mastery = page.getByRole('region', { name: 'Mastery per set' });
	const honduras = mastery.getByRole('listitem').filter({ hasText: 'Honduras' });
	await expect(honduras.getByText('3 learning')).toBeVisible();
});

test('true retention counts the reviews of learned cards that were recalled', async ({ page }) => {
	// Easy makes a new card learned at once, due days later; forty days on both are due.
	await study(page, 'honduras', ['Easy', 'Easy']);
	const later = noon + 40 * dayMs;
	await study(page, 'honduras', ['Again', 'Good'], later);
	await page.goto('/stats');

	const retention = figure(page, /True retention/);
	await expect(retention.first()).toHaveText('50%');
	await expect(retention.nth(1)).toHaveText('1 of 2 reviews of learned cards recalled');
	await expect(figure(page, 'Reviews, last 90 days')).toHaveText('4');
	await expect(figure(page, 'Days studied, last 90 days')).toHaveText('2');
	await expect(figure(page, 'Streak')).toHaveText('1 day');
	await expect(figure(page, 'Time studied today')).toHaveText('1 min');
	await expect(figure(page, 'Time studied, last 90 days')).toHaveText('1 min');
	const calendar = page.getByRole('region', { name: 'Reviews per day' }).getByRole('img');
	await expect(calendar.locator('rect:not(.level-0)')).toHaveCount(2);
});

test('no axe violations on /stats with history, tables open, light and dark themes', async ({
	page
}) => {
	// A study session, then two scans of a long page: past the default minute on a busy machine.
	test.slow();
	await study(page, 'timeline', ['Good', 'Good']);
	await page.goto('/stats');
	await expect(page.locator('.chart canvas').first()).toBeVisible();
	for (const summary of await page.getByText('Show as a table').all()) await summary.click();
	// The charts redraw in the new theme's colours; axe reads the tables and the page around them.
	await expectNoViolationsInEitherTheme(page, '/stats');
});

test('at 360 px with text at 200% the page does not scroll sideways', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	await study(page, 'timeline', ['Good']);
	await page.goto('/stats');
	await page.addStyleTag({ content: 'html { font-size: 200% }' });
	for (const summary of await page.getByText('Show as a table').all()) await summary.click();
	await expect(page.locator('.chart canvas').first()).toBeVisible();
	const wider = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		return [...document.querySelectorAll('main *')]
			.filter((element) => element.getBoundingClientRect().right > width)
			.map((element) => `${element.tagName} ${element.className}`);
	});
	expect(wider).toEqual([]);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('no time studied yet reads “0 min”, not an empty figure', async ({ page }) => {
	await page.goto('/stats');
	await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
	await expect(figure(page, 'Time studied today')).toHaveText('0 min');
	await expect(figure(page, 'Time studied, last 90 days')).toHaveText('0 min');
});
