import en from '../../src/lib/i18n/messages/en.json' with { type: 'json' };
import es from '../../src/lib/i18n/messages/es.json' with { type: 'json' };
import tariffThreat from '../../questions/sets/tariff-threat.json' with { type: 'json' };
import type { QuestionSet } from '../../src/lib/content/schema';
import type { Page } from '@playwright/test';
import { truncate, writeFile } from 'node:fs/promises';
import { expect, test } from './test';
import { answerShownQuestion } from './answering';
import { axeViolations } from './axe';
import { unmarkedContent } from './content-lang';
import { englishAnnouncements, englishInterfaceText, recordLiveRegions } from './english-left';
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
	expect(await axeViolations(page), where).toEqual([]);
}

test.describe('a browser whose language is Spanish', () => {
	test.use({ locale: 'es-MX' });

	// One visit per route for every check: a fresh page per route cost a start-up each.
	test('sees every route in Spanish, with no English interface text left and no axe violations', async ({
		page
	}) => {
		for (const route of routes) {
			await page.goto(route.path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('lang', 'es');
			await expect(page.getByRole('link', { name: es.nav_settings })).toBeVisible();
			// Soft, so one failing route or check does not hide the others.
			expect.soft(await englishInterfaceText(page), route.path).toEqual([]);
			expect.soft(await unmarkedContent(page), route.path).toEqual([]);
			expect.soft(await axeViolations(page), route.path).toEqual([]);
		}
	});

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
		await expect(page.getByText('1 repasada', { exact: true })).toBeVisible();
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
		// Five screens and a whole quiz in one test: more than the default minute on a busy machine.
		test.setTimeout(120_000);
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
		// The word typed to confirm a reset is Spanish too.
		await page.getByLabel('Escribe BORRAR para confirmar').fill('DELETE');
		await expect(page.getByRole('button', { name: es.reset_button })).toBeDisabled();
		await page.getByLabel('Escribe BORRAR para confirmar').fill('BORRAR');
		await expect(page.getByRole('button', { name: es.reset_button })).toBeEnabled();
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

test.describe('a Spanish browser meeting a refusal', () => {
	test.use({ locale: 'es-MX' });

	/** Chooses a file, merges it and returns what the import's status line ends on. */
	async function refusedImport(
		page: Page,
		file: { name: string; text: string } | string
	): Promise<string> {
		await page
			.getByLabel(es.backup_file)
			.setInputFiles(
				typeof file === 'string'
					? file
					: { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) }
			);
		await page.getByRole('radio', { name: new RegExp(`^${es.backup_merge.slice(0, 20)}`) }).check();
		await page.getByRole('button', { name: es.backup_import_button, exact: true }).click();
		const refused = page.getByText(/^Este archivo no se importó/);
		await expect(refused).toBeVisible({ timeout: 60_000 });
		expect(await englishInterfaceText(page)).toEqual([]);
		return refused.innerText();
	}

	const rejected = (reason: string) => es.backup_rejected.replace('{reason}', reason);

	test('reads why a backup was refused in Spanish', async ({ page }, testInfo) => {
		await page.goto('/settings');
		await expect(page.getByRole('heading', { level: 1, name: es.settings_title })).toBeVisible();
		expect(await refusedImport(page, { name: 'roto.json', text: '{"format": "repa' })).toBe(
			rejected(es.backup_refused_not_json)
		);
		expect(await refusedImport(page, { name: 'otro.json', text: '{"hola": "mundo"}' })).toBe(
			rejected(es.backup_refused_not_backup)
		);
		expect(
			await refusedImport(page, {
				name: 'nuevo.json',
				text: '{"format": "repaso-backup", "version": 7}'
			})
		).toBe(rejected(es.backup_refused_newer_version.replace('{version}', '7')));
		expect(
			await refusedImport(page, {
				name: 'campos.json',
				text: '{"format": "repaso-backup", "version": 2}'
			})
		).toMatch(new RegExp(`: ${es.backup_field_missing}$`));

		// Larger than any backup: refused by its size before it is read (the file is sparse).
		const huge = testInfo.outputPath('enorme.json');
		await writeFile(huge, '');
		await truncate(huge, 12_345 * 1024 * 1024);
		expect(await refusedImport(page, huge)).toBe(
			rejected(
				es.backup_refused_too_large.replace('{megabytes}', '12.345').replace('{limit}', '200')
			)
		);
		expect((await readDatabase(page)).reviews).toHaveLength(0);
	});

	test('reads why a broken quiz link is refused in Spanish', async ({ page }) => {
		for (const [hash, message] of [
			['', es.take_no_link],
			['***', es.link_problem_characters],
			['A'.repeat(100_000), es.link_problem_too_long],
			['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', es.link_problem_damaged]
		] as const) {
			await page.goto(`/take${hash ? `#${hash}` : ''}`);
			await expect(page.getByText(message)).toBeVisible();
			await expect(page.getByLabel(es.take_your_name)).toHaveCount(0);
			await expectSpanishAndAccessible(page, `/take#${hash.slice(0, 20)}`);
		}
	});

	test('reads why a pasted result code is refused in Spanish', async ({ page }) => {
		await saveQuiz(page);
		await page.goto(`/classroom/collect?quiz=${savedQuiz.id}`);
		await page
			.getByLabel(es.collect_codes_label)
			.fill(['???', 'ABCD', 'ABCD-EFGH-JKMN-PQRS-TVWX'].join('\n'));
		await page.getByRole('button', { name: es.collect_add }).click();
		const outcomes = page.locator('.outcomes li');
		await expect(outcomes).toHaveCount(3);
		await expect(outcomes.nth(0)).toContainText(es.code_problem_characters);
		await expect(outcomes.nth(1)).toContainText(es.code_problem_length);
		await expectSpanishAndAccessible(page, '/classroom/collect: refused codes');
	});
});

test.describe('live regions', () => {
	/** Starts a practice quiz of ordering questions only, in whatever language the page shows. */
	async function orderQuiz(page: Page, messages: typeof es) {
		await recordLiveRegions(page);
		await page.goto('/quiz/timeline');
		const types = page.getByRole('group', { name: messages.quiz_types }).getByRole('checkbox');
		await expect(types.first()).toBeVisible();
		for (const type of await types.all()) {
			if ((await type.getAttribute('value')) === 'order') await type.check();
			else await type.uncheck();
		}
		await page.getByRole('button', { name: messages.quiz_start }).click();
		// "Move … later": both ends of the label, so the disabled "earlier" button never matches.
		const [before = '', after = ''] = messages.answer_move_down
			.split('{event}')
			.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		await page
			.getByRole('button', { name: new RegExp(`^${before}.+${after}$`) })
			.first()
			.click();
	}

	test.describe('in Spanish', () => {
		test.use({ locale: 'es-MX' });

		test('announce moving an event in Spanish, the event marked English', async ({ page }) => {
			await orderQuiz(page, es);
			const region = page.locator('p[aria-live="polite"]', { hasText: /lugar 2 de \d+/ });
			await expect(region).toBeVisible();
			await expect(region.locator('[lang="en"]')).toHaveCount(1);
			expect(await englishAnnouncements(page)).toEqual([]);
			expect(await englishInterfaceText(page)).toEqual([]);
			await expectSpanishAndAccessible(page, '/quiz: order');
		});
	});

	test.describe('in English', () => {
		test.use({ locale: 'en-US' });

		test('the recorder finds an English announcement where there is one', async ({ page }) => {
			await orderQuiz(page, en as unknown as typeof es);
			await expect(
				page.locator('p[aria-live="polite"]', { hasText: /position 2 of/ })
			).toBeAttached();
			expect(await englishAnnouncements(page)).toEqual([
				expect.stringMatching(/^answer_order_position: "position 2 of \d+"$/)
			]);
		});
	});
});
