import type { Page } from '@playwright/test';

/** The style element that doubles the text, so it can be taken out again. */
const largeTextId = 'e2e-large-text';

/**
 * Shows every page of this context with text at 200%, the way a browser's text-size setting does:
 * the root font size doubles, and everything sized in rem or em grows with it.
 */
export async function useLargeText(page: Page): Promise<void> {
	await page.addInitScript((id) => {
		document.addEventListener('DOMContentLoaded', () => {
			const style = document.createElement('style');
			style.id = id;
			style.textContent = 'html { font-size: 200% !important; }';
			document.head.append(style);
		});
	}, largeTextId);
}

/**
 * Puts the open page's text back to its usual size, the way turning the browser's setting back
 * does (until the next page load), so one visit can be checked at both sizes.
 */
export async function endLargeText(page: Page): Promise<void> {
	await page.evaluate((id) => document.getElementById(id)?.remove(), largeTextId);
}

/**
 * What makes the page wider than the window: the document's sideways overflow in pixels, then each
 * visible element that reaches past either edge. The element list also catches what scrollWidth
 * misses, such as a fixed bar whose last link sits off screen. An element inside a box that
 * scrolls or clips sideways is that box's business, not the page's.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const root = document.documentElement;
		const width = root.clientWidth;
		const clipped = (element: Element) => {
			for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
				if (getComputedStyle(box).overflowX !== 'visible') return true;
			}
			return false;
		};
		const describe = (element: Element) => {
			const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
			return `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} "${text}"`;
		};
		const outside = [...document.body.querySelectorAll('*')]
			.filter((element) => {
				const box = element.getBoundingClientRect();
				if (box.width === 0 || box.height === 0) return false;
				if (getComputedStyle(element).visibility === 'hidden') return false;
				return (box.right > width + 1 || box.left < -1) && !clipped(element);
			})
			.map(describe);
		const overflow = root.scrollWidth - width;
		return overflow > 0 ? [`the page scrolls ${overflow} px sideways`, ...outside] : outside;
	});
}
