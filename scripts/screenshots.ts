/**
 * Takes the install-dialog screenshots named in the manifest from the built app, with a few reviews
 * done so the Today page shows real progress. Run after `npm run build`: `npm run screenshots`.
 */
import { chromium } from '@playwright/test';
import { answerShownQuestion } from '../tests/e2e/answering.ts';
import { startStaticServer } from '../tests/static-server.ts';
import { chromiumArgs, findChromium } from './find-browser.js';

const server = await startStaticServer('build');
const browser = await chromium.launch({
	executablePath: findChromium() ?? undefined,
	args: chromiumArgs
});

async function studyAFewCards(page: import('@playwright/test').Page): Promise<void> {
	await page.goto(`${server.url}/study`);
	for (let review = 0; review < 6; review++) {
		await answerShownQuestion(page);
		await page.keyboard.press(review % 3 === 0 ? '4' : '3');
		await page.getByText(`${review + 1} reviewed`).waitFor();
	}
}

for (const shot of [
	{ file: 'today-narrow.png', viewport: { width: 360, height: 640 }, scale: 2 },
	{ file: 'today-wide.png', viewport: { width: 1280, height: 800 }, scale: 1 }
]) {
	const context = await browser.newContext({
		viewport: shot.viewport,
		deviceScaleFactor: shot.scale
	});
	const page = await context.newPage();
	await studyAFewCards(page);
	await page.goto(server.url);
	await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
	await page.screenshot({ path: `static/screenshots/${shot.file}` });
	console.log(`static/screenshots/${shot.file}`);
	await context.close();
}

await browser.close();
await server.close();
