import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { startStaticServer } from '../../tests/static-server.ts';
import { chromiumArgs, findChromium } from '../find-browser.js';
const [, , folder, ...pages] = process.argv;
const server = await startStaticServer(folder);
const port = 9333 + Math.floor(Math.random() * 500);
const browser = await chromium.launch({ executablePath: findChromium()!, args: [...chromiumArgs, `--remote-debugging-port=${port}`] });
for (const page of pages) {
	const result = await lighthouse(server.url + page, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
	const a = result!.lhr.audits;
	console.log(page, result!.lhr.categories.performance.score, Math.round(a['first-contentful-paint'].numericValue!), Math.round(a['largest-contentful-paint'].numericValue!), Math.round(a['speed-index'].numericValue!), Math.round(a['total-blocking-time'].numericValue!));
	const el = Object.keys(a).filter(k => k.includes('lcp') || k.includes('largest')).map(k => [k, a[k].details]);
	console.log(JSON.stringify(el).slice(0, 1500));
	console.log(JSON.stringify((a['lcp-lazy-loaded'] as any)?.details ?? null).slice(0,200));
	const rb = a['render-blocking-resources'].details as any;
	console.log('render-blocking', JSON.stringify(rb?.items?.map((i: any) => [i.url, i.wastedMs])));
	const nr = a['network-requests'].details as any;
	for (const r of nr.items) console.log('  ', Math.round(r.networkRequestTime), Math.round(r.networkEndTime), r.transferSize, r.url.replace(server.url, ''));
}
await browser.close();
await server.close();
