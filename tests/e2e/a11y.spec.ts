import { expect, test } from './test';
import { axeViolations } from './axe';
import { routes } from './fixtures';
import { screens } from './screens';

const viewports = [
	{ name: 'phone', width: 360, height: 640 },
	{ name: 'laptop', width: 1280, height: 800 }
] as const;

for (const screen of screens) {
	for (const theme of ['light', 'dark'] as const) {
		for (const viewport of viewports) {
			test(`no axe violations on ${screen.name}, ${theme} theme, ${viewport.name}`, async ({
				page
			}) => {
				await page.setViewportSize(viewport);
				await page.addInitScript((choice) => localStorage.setItem('repaso-theme', choice), theme);
				await screen.open(page);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	}
}

test('every interactive element is at least 44 px on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	for (const route of routes) {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')]
				.filter((el) => el.offsetParent !== null && !el.classList.contains('skip-link'))
				.filter((el) => {
					// A checkbox or radio is tapped through its whole label.
					const target = el.matches('[type="checkbox"], [type="radio"]')
						? (el.closest('label') ?? el)
						: el;
					const box = target.getBoundingClientRect();
					// Links inside running text are exempt (WCAG 2.5.8 inline exception).
					const inline = el.tagName === 'A' && getComputedStyle(el).display === 'inline';
					return !inline && (box.height < 44 || box.width < 44);
				})
				.map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}"`)
		);
		expect(small, route.path).toEqual([]);
	}
});

test('the page does not scroll sideways at 360 px', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	for (const route of routes) {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, route.path).toBeLessThanOrEqual(0);
	}
});
