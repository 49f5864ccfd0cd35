import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/find-browser.js';

// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
	testDir: './e2e',
	outputDir: './.output/results',
	forbidOnly: !!process.env.CI,
	fullyParallel: true,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	timeout: 60_000,
	reporter: process.env.CI
		? [['list'], ['html', { open: 'never', outputFolder: './.output/report' }]]
		: 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		// Recording a trace slows every test by a fifth to a quarter. On CI a failed test runs again
		// (retries), and that run records one, so every failure still comes with its trace.
		trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
		// Most tests need no service worker; installing one precaches the whole app in every new context.
		serviceWorkers: 'block',
		launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `npx tsx tests/serve.ts`,
		cwd: '..',
		env: { PORT: String(port) },
		url: `http://localhost:${port}/`,
		reuseExistingServer: false
	}
});
