import { expect, test } from './test';

test('the Content-Security-Policy refuses an injected inline script and allows no eval', async ({
	page,
	cspViolations
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	const scriptSrc = policy
		?.split(';')
		.find((directive) => directive.trim().startsWith('script-src'));
	expect(scriptSrc).toBeDefined();
	expect(scriptSrc).not.toContain('unsafe-eval');
	expect(scriptSrc).not.toContain('unsafe-inline');
	expect(policy).toContain("object-src 'none'");
	expect(policy).toContain("connect-src 'self'");
	expect(policy).toContain("base-uri 'self'");

	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.injectedRan = true';
		document.body.append(script);
		return 'injectedRan' in window;
	});

	expect(ran).toBe(false);
	await expect.poll(() => cspViolations.join('\n')).toContain('script-src-elem inline');
	// This violation was the point of this test; the fixture's check is for accidental ones.
	cspViolations.length = 0;
});

test('the server tells browsers not to let other sites frame the app', async ({ request }) => {
	const response = await request.get('/');
	expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
});

test('a context a test opens itself is watched for violations too', async ({
	browser,
	baseURL,
	cspViolations
}) => {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await page.evaluate(() => {
		const image = document.createElement('img');
		image.src = 'https://example.com/pixel.png';
		document.body.append(image);
	});
	await expect.poll(() => cspViolations.join('\n')).toContain('img-src https://example.com');
	await context.close();
	cspViolations.length = 0;
});
