/**
 * The `test` every spec uses: Playwright's, plus a check that no page broke the app's
 * Content-Security-Policy while the test ran. A violation means the policy and the app disagree:
 * either the app does something it should not, or the policy forgot something the app needs.
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';

const marker = '[csp-violation]';

/**
 * Adds every Content-Security-Policy violation in `context`'s pages to `violations`. The fixture
 * does this for the test's own context and for any `browser.newContext()`; a test that launches a
 * persistent context calls it itself.
 */
export async function recordCspViolations(
	context: BrowserContext,
	violations: string[]
): Promise<void> {
	await context.addInitScript((prefix) => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`${prefix} ${event.effectiveDirective} ${event.blockedURI}`);
		});
	}, marker);
	context.on('console', (message) => {
		if (message.text().startsWith(marker)) violations.push(message.text());
	});
}

export const test = base.extend<{ cspViolations: string[] }>({
	cspViolations: [
		async ({ context, browser }, use) => {
			const violations: string[] = [];
			await recordCspViolations(context, violations);
			// A second device (a student beside the teacher, say) is watched the same way.
			const newContext = browser.newContext;
			browser.newContext = async (...options) => {
				const opened = await newContext.apply(browser, options);
				await recordCspViolations(opened, violations);
				return opened;
			};
			try {
				await use(violations);
			} finally {
				browser.newContext = newContext;
			}
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
