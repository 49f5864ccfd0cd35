/**
 * Takes the install-dialog screenshots named in the manifest from the built app, with a few reviews
 * done so the Today page shows real progress, and the same phone views (Today, a study card) in
 * Spanish. Run after `npm run build`: `npm run screenshots`.
 */
import { chromium, type Page } from '@playwright/test';
import en from '../src/lib/i18n/messages/en.json' with { type: 'json' };
import es from '../src/lib/i18n/messages/es.json' with { type: 'json' };
import { answerShownQuestion } from '../tests/e2e/answering.ts';
import { startStaticServer } from '../tests/static-server.ts';
import { chromiumArgs, findChromium } from './find-browser.js';

const server = await startStaticServer('build');
const browser = await chromium.launch({
	executablePath: findChromium() ?? undefined,
	args: chromiumArgs
});

const languages = {
	en: { locale: 'en-US', messages: en, reviewed: (count: number) => `${count} reviewed` },
	es: { locale: 'es-MX', messages: es, reviewed: (count: number) => `${count} repasadas` }
};
type Language = (typeof languages)[keyof typeof languages];

async function studyAFewCards(page: Page, language: Language): Promise<void> {
	await page.goto(`${server.url}/study`);
	for (let review = 0; review < 6; review++) {
		await answerShownQuestion(page, language.messages);
		await page.keyboard.press(review % 3 === 0 ? '4' : '3');
		await page.getByText(language.reviewed(review + 1)).waitFor();
	}
}

const phone = { viewport: { width: 360, height: 640 }, scale: 2 };
const shots = [
	{ file: 'today-narrow.png', language: languages.en, ...phone },
	{
		file: 'today-wide.png',
		language: languages.en,
		viewport: { width: 1280, height: 800 },
		scale: 1
	},
	{ file: 'today-narrow-es.png', language: languages.es, ...phone },
	{ file: 'study-narrow.png', language: languages.en, study: true, ...phone },
	{ file: 'study-narrow-es.png', language: languages.es, study: true, ...phone }
];

for (const shot of shots) {
	const context = await browser.newContext({
		viewport: shot.viewport,
		deviceScaleFactor: shot.scale,
		locale: shot.language.locale
	});
	const page = await context.newPage();
	await studyAFewCards(page, shot.language);
	if ('study' in shot) {
		// The next card as the learner first meets it: its question and answer controls.
		await page.goto(`${server.url}/study`);
		await page.locator('.study').waitFor();
	} else {
		await page.goto(server.url);
		await page
			.getByRole('heading', { level: 1, name: shot.language.messages.today_title })
			.waitFor();
	}
	await page.screenshot({ path: `static/screenshots/${shot.file}` });
	console.log(`static/screenshots/${shot.file}`);
	await context.close();
}

await browser.close();
await server.close();
