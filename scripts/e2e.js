/**
 * Runs the end-to-end suite: checks for a browser, builds the app twice (versions A and B, for the
 * update tests; B also upgrades the database one version, see SCHEMA_VERSION) and starts Playwright
 * against the built app with its real service worker.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { findChromium, missingBrowserMessage } from './find-browser.js';

if (!findChromium()) {
	console.error(missingBrowserMessage);
	process.exit(1);
}

const output = 'tests/.output';
rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });

for (const version of ['e2e-b', 'e2e-a']) {
	console.log(`Building version ${version}…`);
	execFileSync(
		'npx',
		['vite', 'build', '--config', 'scripts/vite.config.ts', '--logLevel', 'warn'],
		{
			stdio: 'inherit',
			env: {
				...process.env,
				REPASO_BUILD_VERSION: version,
				VITE_REHEARSE_UPGRADE: version === 'e2e-b' ? '1' : ''
			}
		}
	);
	cpSync('build', `${output}/${version}`, { recursive: true });
}

const result = spawnSync(
	'npx',
	['playwright', 'test', '--config', 'tests/playwright.config.ts', ...process.argv.slice(2)],
	{ stdio: 'inherit' }
);
process.exit(result.status ?? 1);
