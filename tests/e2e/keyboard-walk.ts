/**
 * A keyboard user's steps, watched the way that user sees them: every element that takes focus
 * must be on screen, not hidden under the fixed navigation bar or anything else (WCAG 2.4.11),
 * and must show that it has focus (2.4.7).
 */
import type { Locator, Page } from '@playwright/test';

/** What is wrong with the focused element as the user sees it, or null when nothing is. */
export async function focusProblem(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const focused = document.activeElement as HTMLElement | null;
		if (!focused || focused === document.body) return null;
		const text = (focused.getAttribute('aria-label') ?? focused.textContent ?? '')
			.trim()
			.replace(/\s+/g, ' ')
			.slice(0, 40);
		const name = `${focused.tagName.toLowerCase()} "${text}"`;
		// A container given focus to move the reading position (a card, a heading) draws no ring.
		if (focused.tabIndex < 0) return null;
		const box = focused.getBoundingClientRect();
		const inside = (x: number, y: number) =>
			x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight;
		const points = [
			[box.left + box.width / 2, box.top + box.height / 2],
			[box.left + 2, box.top + 2],
			[box.right - 2, box.bottom - 2]
		] as const;
		const seen = points.filter(([x, y]) => {
			if (!inside(x, y)) return false;
			const top = document.elementFromPoint(x, y);
			// A label's own control, or anything inside the focused element, counts as it.
			return !!top && (focused.contains(top) || top.contains(focused) || top === focused);
		});
		if (seen.length === 0) return `${name} has focus but is off screen or covered`;
		const style = getComputedStyle(focused);
		const ring =
			(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
			style.boxShadow !== 'none';
		return ring ? null : `${name} has focus but shows no focus ring`;
	});
}

/**
 * Presses Tab until the target (or something inside it) has focus, as a keyboard user gets
 * there, adding to `trips` whatever was wrong with each element passed on the way.
 */
export async function tabTo(page: Page, target: Locator, trips: string[], most = 80) {
	for (let presses = 0; presses < most; presses++) {
		const there = await target.evaluate(
			(element) => element === document.activeElement || element.contains(document.activeElement)
		);
		const problem = await focusProblem(page);
		if (problem && !trips.includes(problem)) trips.push(problem);
		if (there) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`${most} presses of Tab never reached ${target}`);
}
