/**
 * Every screen of the app, each with how to reach it: the routes, plus the states behind them
 * that only a learner's or teacher's steps reach (a question answered, a quiz finished, a saved
 * classroom quiz, a quiz opened from its real link). Layout and accessibility checks walk this
 * list, in English and in Spanish, and `npm run screenshots` photographs it.
 */
import type { Page } from '@playwright/test';
import en from '../../src/lib/i18n/messages/en.json' with { type: 'json' };
import type es from '../../src/lib/i18n/messages/es.json';
import { expect } from './test';
import { answerQuizQuestion, answerShownQuestion } from './answering';
import { routes } from './fixtures';
import { onlyQuestionType } from './quiz-setup';
import { saveQuiz, savedQuiz } from './saved-quiz';

type English = typeof en;
type Spanish = typeof es;
/**
 * The interface messages, in the language the browser shows: those that are plain text in both
 * catalogues (a plural is a list of cases in one or the other).
 */
export type Messages = {
	[
		K in keyof English & keyof Spanish as English[K] extends string
			? Spanish[K] extends string
				? K
				: never
			: never
	]: string;
};

export interface Screen {
	name: string;
	/** A stable file name for its screenshot, without extension. */
	slug: string;
	/** Opens the screen and waits until it shows what it is for. */
	open(page: Page): Promise<void>;
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** `text` as a whole-string pattern, with `{name}` parameters matching anything. */
function pattern(text: string): RegExp {
	const literal = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+');
	return new RegExp(`^${literal}$`);
}

/**
 * Answers every question of the saved quiz a student is taking, moving on with Next where the quiz
 * gives feedback after each question (without, answering moves on by itself), to the result code.
 */
export async function takeToTheEnd(page: Page, t: Messages): Promise<void> {
	const total = savedQuiz.itemIds.length;
	const position = (number: number) =>
		page.getByText(t.quiz_position.replace('{number}', `${number}`).replace('{total}', `${total}`));
	const end = page.getByRole('heading', { level: 2, name: t.take_code_title });
	for (let number = 1; number <= total; number++) {
		await expect(position(number)).toBeVisible();
		await answerQuizQuestion(page, t);
		const next = page.getByRole('button', { name: number === total ? t.take_finish : t.quiz_next });
		const moved = number === total ? end : position(number + 1);
		await expect(next.or(moved).first()).toBeVisible();
		if (await next.isVisible()) await next.click();
	}
	await expect(end).toBeVisible();
}

/** The screens in the language of `t`, the messages the browser's locale selects. */
export function screensIn(t: Messages): Screen[] {
	/** A practice quiz of the timeline set with only order questions: the widget with arrows. */
	async function orderQuiz(page: Page): Promise<void> {
		await page.goto('/quiz/timeline');
		await onlyQuestionType(page, 'order', t);
		await page.getByRole('button', { name: t.quiz_start }).click();
		await expect(
			page.getByRole('button', { name: pattern(t.answer_move_down) }).first()
		).toBeVisible();
	}

	/** The link a student opens, as the share screen shows it for the saved quiz. */
	async function takeLink(page: Page): Promise<string> {
		await saveQuiz(page);
		await page.goto(`/classroom/share?quiz=${savedQuiz.id}`);
		const link = await page.getByRole('textbox').inputValue();
		return `/take${link.slice(link.indexOf('#'))}`;
	}

	async function startTaking(page: Page): Promise<void> {
		await page.goto(await takeLink(page));
		await page.getByLabel(t.take_your_name).fill('Ana');
		await page.getByRole('button', { name: t.take_start }).click();
		await expect(
			page.getByText(t.quiz_position.replace('{number}', '1').replace('{total}', '5'))
		).toBeVisible();
	}

	return [
		...routes.map((route) => ({
			name: route.path,
			slug: route.slug,
			open: async (page: Page) => {
				await page.goto(route.path);
				await heading(page, 'message' in route ? t[route.message] : route.heading);
			}
		})),
		{
			name: 'not found',
			slug: 'not-found',
			open: async (page) => {
				await page.goto('/sets/nope/deeper');
				await heading(page, t.not_found_title);
			}
		},
		{
			name: 'a set’s study notes',
			slug: 'set-notes',
			open: async (page) => {
				await page.goto('/sets/el-salvador#notes');
				await expect(page.getByRole('heading', { level: 2, name: t.set_notes })).toBeInViewport();
			}
		},
		{
			name: 'study, a card answered',
			slug: 'study-answered',
			open: async (page) => {
				await page.goto('/study/timeline');
				await answerShownQuestion(page, t);
				await expect(page.getByRole('group', { name: t.grade_prompt })).toBeVisible();
			}
		},
		{ name: 'quiz, an order question', slug: 'quiz-question', open: orderQuiz },
		{
			name: 'quiz, a question answered',
			slug: 'quiz-answered',
			open: async (page) => {
				await orderQuiz(page);
				await page.getByRole('button', { name: t.answer_check }).click();
				await expect(page.locator('.verdict')).toBeVisible();
			}
		},
		{
			name: 'quiz, the result',
			slug: 'quiz-result',
			open: async (page) => {
				await orderQuiz(page);
				const position = page.getByText(pattern(t.quiz_position));
				const total = Number((await position.innerText()).match(/\d+/g)!.at(-1));
				for (let number = 1; number <= total; number++) {
					await page.getByRole('button', { name: t.answer_check }).click();
					await expect(page.locator('.verdict')).toBeVisible();
					await page
						.getByRole('button', { name: number === total ? t.quiz_finish : t.quiz_next })
						.click();
				}
				await expect(
					page.getByRole('heading', { level: 2, name: t.quiz_summary_title })
				).toBeFocused();
			}
		},
		{
			name: '/classroom/build',
			slug: 'classroom-build',
			open: async (page) => {
				await page.goto('/classroom/build');
				await heading(page, t.build_title);
			}
		},
		{
			name: '/classroom with a saved quiz',
			slug: 'classroom-saved',
			open: async (page) => {
				await saveQuiz(page);
				await page.reload();
				await expect(page.getByRole('heading', { level: 3, name: savedQuiz.title })).toBeVisible();
			}
		},
		{
			name: '/classroom/share',
			slug: 'classroom-share',
			open: async (page) => {
				await saveQuiz(page);
				await page.goto(`/classroom/share?quiz=${savedQuiz.id}`);
				await expect(page.getByRole('img', { name: t.share_qr_label })).toBeVisible();
			}
		},
		{
			name: '/classroom/present',
			slug: 'classroom-present',
			open: async (page) => {
				await saveQuiz(page);
				await page.goto(`/classroom/present?quiz=${savedQuiz.id}`);
				await heading(page, pattern(t.present_title));
				await expect(page.locator('#present-question')).toBeVisible();
			}
		},
		{
			name: '/classroom/print',
			slug: 'classroom-print',
			open: async (page) => {
				await saveQuiz(page);
				await page.goto(`/classroom/print?quiz=${savedQuiz.id}`);
				await heading(page, savedQuiz.title);
			}
		},
		{
			name: '/classroom/collect',
			slug: 'classroom-collect',
			open: async (page) => {
				await saveQuiz(page);
				await page.goto(`/classroom/collect?quiz=${savedQuiz.id}`);
				await heading(page, pattern(t.collect_title));
			}
		},
		{
			name: '/take from a real link',
			slug: 'take-start',
			open: async (page) => {
				await page.goto(await takeLink(page));
				await expect(page.getByLabel(t.take_your_name)).toBeVisible();
			}
		},
		{ name: '/take, a question', slug: 'take-question', open: startTaking },
		{
			name: '/take, the result code',
			slug: 'take-result',
			open: async (page) => {
				await startTaking(page);
				await takeToTheEnd(page, t);
			}
		}
	];
}

export const screens: Screen[] = screensIn(en);
