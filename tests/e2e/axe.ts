import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './test';

/** The page's axe violations as `rule: targets` lines, so a failure names what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Legacy mode runs axe once inside the page. The default runs it per frame and then again in a
	// new blank page to merge the frames' results, which doubles the cost; the app has no frames.
	const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

/**
 * Checks the page as it stands in the light theme, then in the dark one. The theme follows the
 * system's colour scheme live (the learner's choice is left at "system"), so one visit covers both.
 */
export async function expectNoViolationsInEitherTheme(page: Page, where: string): Promise<void> {
	for (const theme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: theme });
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		expect.soft(await axeViolations(page), `${where}, ${theme} theme`).toEqual([]);
	}
}
