/**
 * The `test` every spec uses: Playwright's, plus a check that no page broke the app's
 * Content-Security-Policy while the test ran. A violation means the policy and the app disagree:
 * either the app does something it should not, or the policy forgot something the app needs.
 */
import { test as base, expect } from '@playwright/test';

const marker = '[csp-violation]';

export const test = base.extend<{ cspViolations: string[] }>({
	cspViolations: [
		async ({ context }, use) => {
			const violations: string[] = [];
			await context.addInitScript((prefix) => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`${prefix} ${event.effectiveDirective} ${event.blockedURI}`);
				});
			}, marker);
			context.on('console', (message) => {
				if (message.text().startsWith(marker)) violations.push(message.text());
			});
			await use(violations);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
