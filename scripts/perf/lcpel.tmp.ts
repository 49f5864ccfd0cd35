import { chromium } from '@playwright/test';
import { startStaticServer } from '../../tests/static-server.ts';
import { chromiumArgs, findChromium } from '../find-browser.js';
const [, , folder, ...pages] = process.argv;
const server = await startStaticServer(folder);
const browser = await chromium.launch({ executablePath: findChromium()!, args: chromiumArgs });
for (const path of pages) {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, locale: 'en-US' });
	const page = await context.newPage();
	await page.addInitScript(() => {
		(window as any).lcp = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as any[]) (window as any).lcp.push([Math.round(e.startTime), e.size, e.element?.tagName, (e.element?.textContent ?? '').slice(0, 60), e.element?.className]);
		}).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) (window as any).lcp.push(['paint', e.name, Math.round(e.startTime)]);
		}).observe({ type: 'paint', buffered: true });
	});
	await page.goto(server.url + path);
	await page.waitForTimeout(3000);
	console.log(path, JSON.stringify(await page.evaluate(() => (window as any).lcp), null, 0));
	await context.close();
}
await browser.close();
await server.close();
