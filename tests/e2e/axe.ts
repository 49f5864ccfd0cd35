import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The page's axe violations as `rule: targets` lines, so a failure names what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}
