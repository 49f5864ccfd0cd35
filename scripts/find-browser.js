/**
 * Finds a Chromium for the browser tests and the benchmark, never downloading one: Playwright's own
 * build when installed, otherwise a system Chromium on the PATH (Debian's `chromium` package).
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const systemNames = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** Flags that keep Chromium quiet on machines with no outside network and no GPU. */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** @returns {string | null} the path of a Chromium executable, or null when there is none */
export function findChromium() {
	const bundled = chromium.executablePath();
	if (bundled && existsSync(bundled)) return bundled;
	for (const name of systemNames) {
		try {
			const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
			if (path) return path;
		} catch {
			// not on the PATH; try the next name
		}
	}
	return null;
}

export const missingBrowserMessage =
	'No Chromium found: install Debian\'s "chromium" package (apt-get install -y chromium) or run "npx playwright install chromium".';
