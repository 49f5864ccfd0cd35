import { expect, test } from './test';
import { routes } from './fixtures';

// axe's checks of every screen, in both themes on a phone and a laptop, share each screen's visit
// with its checks at 200% text: see reflow.spec.ts.

// Both checks of a 360 px phone in one visit per route: a page per route per check cost a start-up each.
test('every interactive element is at least 44 px on a phone, and no page scrolls sideways at 360 px', async ({
	page
}) => {
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
		// Soft, so one route's failure does not hide another's or the other check's.
		expect.soft(small, `${route.path}: too small to tap`).toEqual([]);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect.soft(overflow, `${route.path}: scrolls sideways`).toBeLessThanOrEqual(0);
	}
});
