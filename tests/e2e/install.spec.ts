import { chromium } from '@playwright/test';
import { expect, recordCspViolations, test } from './test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../../scripts/find-browser.js';
import { waitForServiceWorker, waitForTodayFigures } from './fixtures';
import { bilingual } from '../../scripts/web-manifest';
import es from '../../src/lib/i18n/messages/es.json' with { type: 'json' };
import { englishInterfaceText } from './english-left';

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
	// One neutral manifest for both languages (scripts/web-manifest.ts says why): the name is the
	// same word in each, and every text is written in English and then in Spanish.
	expect(manifest.name).toBe('Repaso');
	expect(manifest.short_name).toBe('Repaso');
	expect(manifest.description).toBe(`${bilingual.description.en} / ${bilingual.description.es}`);
	expect(manifest.shortcuts.map((s: { short_name: string }) => s.short_name)).toEqual(
		expect.arrayContaining(['Study / Estudiar', 'Quiz / Cuestionario'])
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

test.describe('in Spanish', () => {
	test.use({
		locale: 'es-MX',
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1'
	});

	test('the iOS install hint is in Spanish', async ({ page }) => {
		await page.goto('/');
		const hint = page.getByRole('complementary', { name: es.install_ios_title });
		await expect(hint).toBeVisible();
		await expect(hint).toContainText(es.install_ios_steps);
		await expect(hint.getByRole('button', { name: es.install_dismiss })).toBeVisible();
		expect(await englishInterfaceText(page)).toEqual([]);
	});
});

test.describe('in Spanish, where Chrome offers to install', () => {
	test.use({ locale: 'es-MX' });

	test('the install button is in Spanish', async ({ page }) => {
		await page.goto('/');
		await waitForTodayFigures(page);
		// The event Chrome fires when the app may be installed, with the prompt it carries.
		await page.evaluate(() => {
			const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
				prompt: async () => {},
				userChoice: Promise.resolve({ outcome: 'dismissed' })
			});
			window.dispatchEvent(event);
		});
		await expect(page.getByRole('button', { name: es.install_app })).toBeVisible();
		expect(await englishInterfaceText(page)).toEqual([]);
	});
});
