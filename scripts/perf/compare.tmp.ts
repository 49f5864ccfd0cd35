import { chromium } from '@playwright/test';
import { startStaticServer } from '../../tests/static-server.ts';
import { chromiumArgs, findChromium } from '../find-browser.js';
import { runLighthouse } from './lighthouse.ts';
const [, , ...args] = process.argv;
const runs = Number(args[0]);
const folders = args[1].split(',');
const pages = args[2].split(',');
const servers = await Promise.all(folders.map((f) => startStaticServer(f)));
const port = 9333 + Math.floor(Math.random() * 500);
const browser = await chromium.launch({ executablePath: findChromium()!, args: [...chromiumArgs, `--remote-debugging-port=${port}`] });
for (const page of pages) for (let run = 0; run < runs; run++) for (const [i, server] of servers.entries()) {
	const f = await runLighthouse(server.url + page, port);
	console.log([folders[i], page, run, f.performance, Math.round(f.fcpMs), Math.round(f.lcpMs), Math.round(f.tbtMs)].join('\t'));
}
await browser.close();
for (const s of servers) await s.close();
