/**
 * The QR codes the app draws are read back: by jsQR (the decoder the app falls back to) from the
 * browser's own rendering, and by the collect screen through a fake camera that films a student's
 * result QR. Headless Chromium on Linux has no BarcodeDetector, so the camera test runs the
 * fallback decoder end to end.
 */
import { Resvg } from '@resvg/resvg-js';
import { chromium, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { writeFileSync } from 'node:fs';
import { chromiumArgs, findChromium } from '../../scripts/find-browser.js';
import { expect, test } from './test';
import { answerTrueFalse, buildQuiz } from './classroom-flow';

/** The QR code as the browser renders it into a `size`-pixel square image, read by jsQR. */
async function readRendered(qr: Locator, size: number): Promise<string | null> {
	const base64 = await qr.evaluate(async (svg, side) => {
		const xml = new XMLSerializer().serializeToString(svg);
		const url = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml' }));
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = side;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0, side, side);
		URL.revokeObjectURL(url);
		let binary = '';
		for (const byte of context.getImageData(0, 0, side, side).data) {
			binary += String.fromCharCode(byte);
		}
		return btoa(binary);
	}, size);
	const pixels = new Uint8ClampedArray(Buffer.from(base64, 'base64'));
	return jsQR(pixels, size, size)?.data ?? null;
}

/** Takes the quiz on `page` from `link`, answering every question rightly; returns the code. */
async function takeQuiz(page: Page, link: string, name: string, count: number): Promise<string> {
	await page.goto(`/take${link.slice(link.indexOf('#'))}`);
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	for (let number = 1; number <= count; number++) {
		await expect(page.getByText(`Question ${number} of ${count}`)).toBeVisible();
		await answerTrueFalse(page, true);
	}
	const code = await page.locator('.code').getAttribute('data-code');
	expect(code).toBeTruthy();
	return code!;
}

test('the QR codes the app draws decode back to the same text', async ({ page }) => {
	const link = await buildQuiz(page, { title: 'Twenty', count: 20, feedback: 'end' });
	const linkQr = page.getByRole('img', { name: 'QR code of the quiz link' });
	const onScreen = Math.round((await linkQr.boundingBox())!.width);
	for (const size of [onScreen, 200]) {
		expect(await readRendered(linkQr, size), `link QR at ${size} px`).toBe(link);
	}

	const code = await takeQuiz(page, link, 'Ana', 20);
	const codeQr = page.getByRole('img', { name: 'QR code of your result code' });
	for (const size of [Math.round((await codeQr.boundingBox())!.width), 120]) {
		expect(await readRendered(codeQr, size), `code QR at ${size} px`).toBe(code);
	}
});

/**
 * A Y4M video (what Chromium's fake camera plays) of the QR code in `svg`, black on white in the
 * middle of a 640 × 480 picture, as a phone held up to the teacher's camera would show it.
 */
function videoOfQr(svg: string, path: string) {
	const width = 640;
	const height = 480;
	const qr = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: '#fff' }).render();
	// A getter that copies the image: read it once.
	const rgba = qr.pixels;
	const luma = Buffer.alloc(width * height, 235);
	const left = (width - qr.width) >> 1;
	const top = (height - qr.height) >> 1;
	for (let y = 0; y < qr.height; y++) {
		for (let x = 0; x < qr.width; x++) {
			const at = 4 * (y * qr.width + x);
			const grey = 0.299 * rgba[at]! + 0.587 * rgba[at + 1]! + 0.114 * rgba[at + 2]!;
			luma[(top + y) * width + left + x] = Math.round(16 + (grey * 219) / 255);
		}
	}
	const chroma = Buffer.alloc((width * height) / 2, 128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
	const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
	writeFileSync(path, Buffer.concat([header, frame, frame, frame]));
}

test("the teacher's camera reads a student's result QR into the table", async ({
	page,
	baseURL
}, testInfo) => {
	const video = testInfo.outputPath('result-qr.y4m');
	// The fake camera opens its file when the page asks for the camera, so it can be written later.
	const teacherBrowser = await chromium.launch({
		executablePath: findChromium() ?? undefined,
		args: [
			...chromiumArgs,
			'--use-fake-device-for-media-stream',
			'--use-fake-ui-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	});
	try {
		const teacher = await (await teacherBrowser.newContext({ baseURL })).newPage();
		const link = await buildQuiz(teacher, { title: 'Camera check', count: 3, feedback: 'end' });

		const code = await takeQuiz(page, link, 'Sofía Pérez', 3);
		const qr = page.getByRole('img', { name: 'QR code of your result code' });
		await expect(qr).toHaveAttribute('data-qr-text', code);
		videoOfQr(await qr.evaluate((svg) => new XMLSerializer().serializeToString(svg)), video);

		await teacher.goto('/classroom');
		await teacher.getByRole('link', { name: 'Results of “Camera check”' }).click();
		await expect(teacher.getByRole('heading', { name: 'Students (0)' })).toBeVisible();
		// No BarcodeDetector here: the scan runs on jsQR, loaded by this screen.
		expect(await teacher.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
		await teacher.getByRole('button', { name: 'Start the camera' }).click();
		await expect(teacher.getByText('Added Sofía Pérez.')).toBeVisible({ timeout: 15_000 });
		await expect(teacher.getByRole('heading', { name: 'Students (1)' })).toBeVisible();
		await expect(teacher.getByRole('table').first().getByRole('row').nth(1)).toHaveText(
			/Sofía Pérez\s*3 \/ 3/
		);
		await teacher.getByRole('button', { name: 'Stop the camera' }).click();
		await expect(teacher.getByRole('button', { name: 'Start the camera' })).toBeFocused();
	} finally {
		await teacherBrowser.close();
	}
});
