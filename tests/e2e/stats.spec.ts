import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { answerShownQuestion } from './answering';

// A fixed noon in a fixed zone: a card due in ten minutes is due today whenever the test runs.
test.use({ timezoneId: 'America/Mexico_City' });
const noon = Date.parse('2026-03-10T18:00:00Z');
test.beforeEach(async ({ page }) => {
	await page.clock.setFixedTime(noon);
});

/** Studies `count` cards of a set from noon, 20 seconds each, grading each Good. */
async function study(page: Page, set: string, count: number): Promise<void> {
	await page.goto(`/study/${set}`);
	for (let reviewed = 1; reviewed <= count; reviewed++) {
		await answerShownQuestion(page);
		await page.clock.setFixedTime(noon + reviewed * 20_000);
		await page.getByRole('button', { name: /^Good, next in/ }).click();
		await expect(page.getByText(`${reviewed} reviewed`)).toBeVisible();
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
	await study(page, 'honduras', 3);
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

for (const theme of ['light', 'dark'] as const) {
	test(`no axe violations on /stats with history, tables open, ${theme} theme`, async ({
		page
	}) => {
		await page.addInitScript((choice) => localStorage.setItem('repaso-theme', choice), theme);
		await study(page, 'timeline', 2);
		await page.goto('/stats');
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		await expect(page.locator('.chart canvas').first()).toBeVisible();
		for (const summary of await page.getByText('Show as a table').all()) await summary.click();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
	});
}

test('at 360 px with text at 200% the page does not scroll sideways', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	await study(page, 'timeline', 1);
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
