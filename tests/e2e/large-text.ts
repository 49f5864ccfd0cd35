import type { Page } from '@playwright/test';

/**
 * Shows every page of this context with text at 200%, the way a browser's text-size setting does:
 * the root font size doubles, and everything sized in rem or em grows with it.
 */
export async function useLargeText(page: Page): Promise<void> {
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const style = document.createElement('style');
			style.textContent = 'html { font-size: 200% !important; }';
			document.head.append(style);
		});
	});
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
