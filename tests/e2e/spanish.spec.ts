import AxeBuilder from '@axe-core/playwright';
import en from '../../src/lib/i18n/messages/en.json' with { type: 'json' };
import es from '../../src/lib/i18n/messages/es.json' with { type: 'json' };
import tariffThreat from '../../questions/sets/tariff-threat.json' with { type: 'json' };
import type { QuestionSet } from '../../src/lib/content/schema';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { answerShownQuestion } from './answering';
import { unmarkedContent } from './content-lang';
import { englishInterfaceText } from './english-left';
import { routes, waitForServiceWorker } from './fixtures';
import { readDatabase } from './database';
import { saveQuiz, savedQuiz } from './saved-quiz';

/**
 * The page's interface is Spanish only, the question bank's English text in it is marked as such,
 * and axe finds nothing to fix.
 */
async function expectSpanishAndAccessible(page: Page, where: string): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	expect(await englishInterfaceText(page), where).toEqual([]);
	expect(await unmarkedContent(page), where).toEqual([]);
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, where).toEqual([]);
}

test.describe('a browser whose language is Spanish', () => {
	test.use({ locale: 'es-MX' });

	test('sees every route in Spanish, with no English interface text left', async ({ page }) => {
		for (const route of routes) {
			await page.goto(route.path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('lang', 'es');
			await expect(page.getByRole('link', { name: es.nav_settings })).toBeVisible();
			expect(await englishInterfaceText(page), route.path).toEqual([]);
			expect(await unmarkedContent(page), route.path).toEqual([]);
		}
	});

	for (const route of routes) {
		test(`has no axe violations on ${route.path}`, async ({ page }) => {
			await page.goto(route.path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('lang', 'es');
			const results = await new AxeBuilder({ page }).analyze();
			const summary = results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
			);
			expect(summary).toEqual([]);
		});
	}

	test('can study a card, and the study page stays in Spanish', async ({ page }) => {
		await page.goto('/study/honduras');
		await expect(page.getByText('0 repasadas')).toBeVisible();
		await answerShownQuestion(page, es);
		expect(await englishInterfaceText(page)).toEqual([]);
		expect(await unmarkedContent(page)).toEqual([]);
		// The interval is written by Intl in Spanish, in full for screen readers.
		await page
			.getByRole('button', { name: new RegExp(`^${es.grade_easy}, de nuevo en \\d+ días?$`) })
			.click();
		await expect(page.getByText('1 repasadas')).toBeVisible();
		expect((await readDatabase(page)).reviews).toHaveLength(1);
		await page.goto('/');
		await expect(page.getByText('1 repaso hoy')).toBeVisible();
	});

	test('can take a practice quiz to its result', async ({ page }) => {
		const set = tariffThreat as QuestionSet;
		const trueFalse = set.items.filter((item) => item.type === 'truefalse');
		await page.goto('/quiz/tariff-threat');
		const types = page.getByRole('group', { name: es.quiz_types }).getByRole('checkbox');
		// True or false only, so every answer is a button; wait for the setup form before reading it.
		await expect(types.first()).toBeVisible();
		for (const type of await types.all()) {
			if ((await type.getAttribute('value')) !== 'truefalse') await type.uncheck();
		}
		await page.getByRole('button', { name: es.quiz_start }).click();
		await expect(page.getByText(/^Pregunta 1 de \d+$/)).toBeVisible();
		const shown = Number((await page.getByText(/^Pregunta 1 de \d+$/).innerText()).split(' ')[3]);
		for (let number = 1; number <= shown; number++) {
			await expect(page.getByText(`Pregunta ${number} de ${shown}`)).toBeVisible();
			await page.getByRole('button', { name: es.answer_true, exact: true }).click();
			await expect(page.locator('.verdict')).toContainText(
				new RegExp(`${es.feedback_correct}|${es.feedback_wrong}`)
			);
			expect(await englishInterfaceText(page)).toEqual([]);
			expect(await unmarkedContent(page)).toEqual([]);
			await page.keyboard.press('Enter');
		}
		expect(shown).toBeLessThanOrEqual(trueFalse.length);
		await expect(page.getByRole('heading', { name: es.quiz_summary_title })).toBeFocused();
		await expect(page.getByText(new RegExp(`de ${shown} correctas \\(\\d+\\s%\\)`))).toBeVisible();
		expect(await englishInterfaceText(page)).toEqual([]);
	});

	test('builds, shares, presents and collects a classroom quiz, and a student takes it, all in Spanish', async ({
		page
	}) => {
		await page.goto('/classroom/build');
		await expect(page.getByRole('heading', { level: 1, name: es.build_title })).toBeVisible();
		await page.locator('summary', { hasText: es.build_tags }).click();
		await expectSpanishAndAccessible(page, '/classroom/build');
		await page.getByLabel(es.build_quiz_title).fill('Repaso de Honduras');
		const types = page.getByRole('group', { name: es.build_types }).getByRole('checkbox');
		for (const type of await types.all()) {
			if ((await type.getAttribute('value')) !== 'truefalse') await type.uncheck();
		}
		await page.getByLabel(es.build_count).fill('2');
		await page.getByRole('radio', { name: es.build_feedback_during }).check();
		await page.getByRole('button', { name: es.build_save }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: '«Repaso de Honduras»' })
		).toBeVisible();
		await expect(page.getByText(/^2 preguntas · /)).toBeVisible();
		await expectSpanishAndAccessible(page, '/classroom/share');
		const link = await page.getByRole('textbox', { name: es.share_link }).inputValue();

		await page.goto('/classroom');
		await expect(page.getByRole('link', { name: 'Abrir «Repaso de Honduras»' })).toBeVisible();
		await expectSpanishAndAccessible(page, '/classroom with a quiz');

		await page.goto(`/take${link.slice(link.indexOf('#'))}`);
		await page.getByLabel(es.take_your_name).fill('Ana');
		await expectSpanishAndAccessible(page, '/take: name');
		await page.getByRole('button', { name: es.take_start }).click();
		for (let number = 1; number <= 2; number++) {
			await expect(page.getByText(`Pregunta ${number} de 2`)).toBeVisible();
			await page.getByRole('button', { name: es.answer_true, exact: true }).click();
			await expect(page.locator('.verdict')).toBeVisible();
			if (number === 1) {
				await expectSpanishAndAccessible(page, '/take: feedback');
				await page.keyboard.press('Enter');
			}
		}
		await page.getByRole('button', { name: es.take_finish }).click();
		await expect(page.getByText(es.take_code_title)).toBeVisible();
		await expectSpanishAndAccessible(page, '/take: result code');
		await page.goto('/take');
		await expect(
			page.getByRole('heading', { level: 2, name: es.take_past_attempts })
		).toBeVisible();
		await expectSpanishAndAccessible(page, '/take: past attempts');

		await saveQuiz(page);
		await page.goto(`/classroom/present?quiz=${savedQuiz.id}`);
		await expect(page.getByText('Pregunta 1 de 5')).toBeVisible();
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: es.present_hide })).toBeVisible();
		await expectSpanishAndAccessible(page, '/classroom/present');
		await page.goto(`/classroom/collect?quiz=${savedQuiz.id}`);
		await expect(
			page.getByRole('heading', { level: 2, name: es.collect_type_title })
		).toBeVisible();
		await expectSpanishAndAccessible(page, '/classroom/collect');
	});

	test('sees the not-found page in Spanish', async ({ page }) => {
		const response = await page.goto('/sets/no-existe');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: es.not_found_title })).toBeVisible();
		await expect(page.getByText('No hay nada en /sets/no-existe.')).toBeVisible();
		await expectSpanishAndAccessible(page, '404');
	});

	test('can change a study setting', async ({ page }) => {
		await page.goto('/settings');
		await page.getByLabel(es.settings_new_limit).fill('12');
		await page.getByRole('button', { name: es.settings_save }).click();
		await expect(page.getByText(es.settings_saved)).toBeVisible();
		expect(await englishInterfaceText(page)).toEqual([]);
	});
});

test.describe('switching language in Settings', () => {
	test.use({ locale: 'en-US', serviceWorkers: 'allow' });

	test('changes the interface at once and survives an offline reload', async ({
		page,
		context
	}) => {
		await page.goto('/settings');
		await waitForServiceWorker(page);
		await expect(page.getByRole('heading', { level: 1, name: en.settings_title })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');

		const requests: string[] = [];
		page.on('framenavigated', (frame) => requests.push(frame.url()));
		await context.setOffline(true);
		await page.getByRole('radio', { name: 'Español' }).check();
		await expect(page.getByRole('heading', { level: 1, name: es.settings_title })).toBeVisible();
		await expect(page.getByRole('link', { name: es.nav_today })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		// No navigation happened: the page switched in place.
		expect(requests).toEqual([]);
		expect(await englishInterfaceText(page)).toEqual([]);

		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: es.settings_title })).toBeVisible();
		await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked();
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: es.today_title })).toBeVisible();

		await page.goto('/settings');
		await page.getByRole('radio', { name: 'English' }).check();
		await expect(page.getByRole('heading', { level: 1, name: en.settings_title })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});
});
