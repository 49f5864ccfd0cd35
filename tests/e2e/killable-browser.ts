/**
 * A Chromium this test starts itself, on a profile kept on disk, so it can be killed the way a
 * crash, a dead battery or the system ends it (SIGKILL to every process of the browser, no chance
 * to flush anything) and opened again on the same profile.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromiumArgs, findChromium } from '../../scripts/find-browser.js';

export interface KillableBrowser {
	browser: Browser;
	page: Page;
	/** Ends every process of this browser at once. */
	kill(): Promise<void>;
	/** Closes the browser the ordinary way, letting it write everything. */
	close(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) resolve();
		else child.once('exit', () => resolve());
	});
}

/** The browsers started and not yet ended, so a failed test can end them. */
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess): Promise<void> {
	if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
		process.kill(-child.pid, 'SIGKILL');
	}
	return exited(child);
}

/** Kills every browser launchKillable started that is still running. */
export async function killAll(): Promise<void> {
	await Promise.all([...running].map(killGroup));
	running.clear();
}

/** Starts Chromium on `profile` (a folder) and connects to its first page. */
export async function launchKillable(profile: string): Promise<KillableBrowser> {
	const executable = findChromium();
	if (!executable) throw new Error('no Chromium found');
	// Its own process group, so one signal reaches the browser and all its helpers.
	const child = spawn(
		executable,
		[
			...chromiumArgs,
			`--user-data-dir=${profile}`,
			'--remote-debugging-port=0',
			'--password-store=basic',
			'about:blank'
		],
		{ detached: true, stdio: ['ignore', 'ignore', 'pipe'] }
	);
	running.add(child);
	child.once('exit', () => running.delete(child));
	const endpoint = await new Promise<string>((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${output}`)), 20_000);
		child.stderr?.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
			if (found?.[1]) {
				clearTimeout(timer);
				resolve(found[1]);
			}
		});
		child.once('exit', () => reject(new Error(`Chromium exited: ${output}`)));
	});
	// Keep reading, or a full pipe would stall the browser.
	child.stderr?.resume();
	const browser = await chromium.connectOverCDP(endpoint);
	const context = browser.contexts()[0];
	if (!context) throw new Error('Chromium has no default context');
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		browser,
		page,
		kill: () => killGroup(child),
		async close() {
			const session = await browser.newBrowserCDPSession();
			await session.send('Browser.close').catch(() => undefined);
			await exited(child);
		}
	};
}
