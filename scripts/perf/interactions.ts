/**
 * What a learner feels, timed inside the page: from a click to the frame that shows its result
 * (the `requestAnimationFrame` after the DOM changed), cold start offline, and the JS heap.
 */
import type { BrowserContext, ElementHandle, Page } from '@playwright/test';
import { answerShownQuestion } from '../../tests/e2e/answering.ts';

/**
 * Clicks `target` and resolves with the milliseconds until the frame after the result showed: the
 * element matching `shown`, or, without it, `target` leaving the page. The click is dispatched
 * inside the page, so no test-driver latency is counted.
 */
function clickUntilFrame(target: ElementHandle, shown?: string): Promise<number> {
	return target.evaluate(
		(element, selector) =>
			new Promise<number>((resolve) => {
				const start = performance.now();
				const observer = new MutationObserver(() => {
					// Inline, not a named helper: the runner's transpiler would wrap a named function in
					// a helper that does not exist inside the page.
					const shownNow = selector
						? document.querySelector(selector) !== null
						: !element.isConnected;
					if (!shownNow) return;
					observer.disconnect();
					requestAnimationFrame(() => resolve(performance.now() - start));
				});
				observer.observe(document.body, { childList: true, subtree: true, characterData: true });
				(element as HTMLElement).click();
			}),
		shown
	);
}

/** On /study: answers the shown card, grades it, and times the grade until the next card shows. */
export async function gradeToNextCard(page: Page, grade: RegExp = /^Good/): Promise<number> {
	await answerShownQuestion(page);
	const button = await page.getByRole('button', { name: grade }).elementHandle();
	if (!button) throw new Error('no grade button');
	// The grade buttons leave with the card they graded.
	return clickUntilFrame(button);
}

/** On a true-or-false quiz question: times the tap on "True" until the verdict shows. */
export async function tapToFeedback(page: Page): Promise<number> {
	const button = await page.getByRole('button', { name: 'True', exact: true }).elementHandle();
	if (!button) throw new Error('no True button');
	return clickUntilFrame(button, '.verdict');
}

/** Starts a practice quiz of every true-or-false question of a set. */
export async function startTrueFalseQuiz(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.getByRole('radio', { name: /^All/ }).check();
	const types = page.getByRole('group', { name: 'Question types' }).getByRole('checkbox');
	for (const type of await types.all()) {
		if ((await type.getAttribute('value')) !== 'truefalse') await type.uncheck();
	}
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await page.getByRole('button', { name: 'True', exact: true }).waitFor();
}

/** Milliseconds from the navigation's start until the first study card can be answered. */
export async function coldStartToFirstQuestion(context: BrowserContext, url: string) {
	const page = await context.newPage();
	await page.goto(url);
	await page.locator('.study button:enabled').first().waitFor();
	const ms = await page.evaluate(() => performance.now());
	await page.close();
	return ms;
}

/** The JS heap in use after a full garbage collection, in bytes. */
export async function heapUsed(page: Page): Promise<number> {
	const session = await page.context().newCDPSession(page);
	await session.send('HeapProfiler.collectGarbage');
	const { usedSize } = await session.send('Runtime.getHeapUsage');
	await session.detach();
	return usedSize;
}

/** Sets the daily new-card limit through the Settings page, as a learner would. */
export async function setDailyNewLimit(page: Page, limit: number): Promise<void> {
	await page.goto(new URL('/settings', page.url()).href);
	await page.getByLabel('Daily new cards').fill(String(limit));
	await page.getByRole('button', { name: 'Save settings' }).click();
	await page.getByText('Settings saved').waitFor();
}
