import { chromium } from '@playwright/test';
import { expect, recordCspViolations, test } from './test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../../scripts/find-browser.js';
import { waitForServiceWorker } from './fixtures';

// These tests are about the service worker itself.
test.use({ serviceWorkers: 'allow' });

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
	return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('Chrome reports no installability errors', async ({ baseURL, cspViolations }) => {
	// An incognito context is never installable: use a persistent profile.
	const profile = mkdtempSync(join(tmpdir(), 'repaso-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: findChromium() ?? undefined,
		args: chromiumArgs,
		baseURL
	});
	await recordCspViolations(context, cspViolations);
	try {
		const page = await context.newPage();
		await page.goto('/');
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('the manifest is complete and its images load at their stated sizes', async ({ request }) => {
	const response = await request.get('/manifest.webmanifest');
	expect(response.ok()).toBe(true);
	const manifest = await response.json();

	for (const field of ['name', 'short_name', 'description', 'id', 'start_url', 'scope']) {
		expect(manifest[field], field).toBeTruthy();
	}
	expect(manifest.display).toBe('standalone');
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
	expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
	expect(manifest.shortcuts.map((s: { short_name: string }) => s.short_name)).toEqual(
		expect.arrayContaining(['Study', 'Quiz'])
	);

	const purposes = manifest.icons.map((icon: { sizes: string; purpose: string }) => icon.purpose);
	expect(purposes).toContain('maskable');
	const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));

	const formFactors = manifest.screenshots.map((s: { form_factor: string }) => s.form_factor);
	expect(formFactors).toEqual(expect.arrayContaining(['narrow', 'wide']));

	for (const image of [...manifest.icons, ...manifest.screenshots]) {
		const file = await request.get(image.src);
		expect(file.ok(), image.src).toBe(true);
		expect(file.headers()['content-type']).toBe('image/png');
		expect(pngSize(await file.body()), image.src).toBe(image.sizes);
	}
});

test('iOS gets its home-screen icon and meta tags', async ({ page, request }) => {
	await page.goto('/');
	const touchIcon = page.locator('link[rel="apple-touch-icon"]');
	const href = await touchIcon.getAttribute('href');
	expect(href).toBeTruthy();
	expect((await request.get(href!)).ok()).toBe(true);
	await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute(
		'content',
		'yes'
	);
	await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute(
		'content',
		'Repaso'
	);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
