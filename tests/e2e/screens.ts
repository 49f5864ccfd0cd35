/**
 * Every screen of the app, each with how to reach it: the routes, plus the states behind them
 * that only a learner's or teacher's steps reach (a question answered, a saved classroom quiz,
 * a quiz opened from its real link). Layout and accessibility checks walk this one list.
 */
import type { Page } from '@playwright/test';
import { expect } from './test';
import { answerShownQuestion } from './answering';
import { routes } from './fixtures';
import { saveQuiz, savedQuiz } from './saved-quiz';

export interface Screen {
	name: string;
	/** Opens the screen and waits until it shows what it is for. */
	open(page: Page): Promise<void>;
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** A practice quiz of the timeline set with only order questions: the widget with arrows. */
async function orderQuiz(page: Page): Promise<void> {
	await page.goto('/quiz/timeline');
	const types = page.getByRole('group', { name: 'Question types' }).getByRole('checkbox');
	// Retried: a choice made before the page has hydrated can be reset by it.
	await expect(async () => {
		for (const type of await types.all()) {
			if ((await type.getAttribute('value')) !== 'order') await type.uncheck();
		}
		await expect(types.and(page.locator(':checked'))).toHaveCount(1, { timeout: 500 });
	}).toPass();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page.getByRole('button', { name: /^Move .* later$/ }).first()).toBeVisible();
}

/** The link a student opens, as the share screen shows it for the saved quiz. */
async function takeLink(page: Page): Promise<string> {
	await saveQuiz(page);
	await page.goto(`/classroom/share?quiz=${savedQuiz.id}`);
	const link = await page.getByRole('textbox').inputValue();
	return `/take${link.slice(link.indexOf('#'))}`;
}

export const screens: Screen[] = [
	...routes.map(({ path, heading: name }) => ({
		name: path,
		open: async (page: Page) => {
			await page.goto(path);
			await heading(page, name);
		}
	})),
	{
		name: 'not found',
		open: async (page) => {
			await page.goto('/sets/nope/deeper');
			await heading(page, 'Page not found');
		}
	},
	{
		name: 'study, a card answered',
		open: async (page) => {
			await page.goto('/study/timeline');
			await answerShownQuestion(page);
			await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
		}
	},
	{ name: 'quiz, an order question', open: orderQuiz },
	{
		name: 'quiz, a question answered',
		open: async (page) => {
			await orderQuiz(page);
			await page.getByRole('button', { name: 'Check' }).click();
			await expect(page.locator('.verdict')).toBeVisible();
		}
	},
	{
		name: '/classroom/build',
		open: async (page) => {
			await page.goto('/classroom/build');
			await heading(page, 'Build a quiz');
		}
	},
	{
		name: '/classroom with a saved quiz',
		open: async (page) => {
			await saveQuiz(page);
			await page.reload();
			await expect(page.getByRole('heading', { level: 3, name: savedQuiz.title })).toBeVisible();
		}
	},
	{
		name: '/classroom/share',
		open: async (page) => {
			await saveQuiz(page);
			await page.goto(`/classroom/share?quiz=${savedQuiz.id}`);
			await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
		}
	},
	{
		name: '/classroom/present',
		open: async (page) => {
			await saveQuiz(page);
			await page.goto(`/classroom/present?quiz=${savedQuiz.id}`);
			await heading(page, /Presenting/);
			await expect(page.locator('#present-question')).toBeVisible();
		}
	},
	{
		name: '/classroom/collect',
		open: async (page) => {
			await saveQuiz(page);
			await page.goto(`/classroom/collect?quiz=${savedQuiz.id}`);
			await heading(page, /Results/);
		}
	},
	{
		name: '/classroom/print',
		open: async (page) => {
			await saveQuiz(page);
			await page.goto(`/classroom/print?quiz=${savedQuiz.id}`);
			await heading(page, savedQuiz.title);
			await expect(page.locator('.key')).toBeVisible();
		}
	},
	{
		name: '/take from a real link',
		open: async (page) => {
			await page.goto(await takeLink(page));
			await expect(page.getByLabel('Your name')).toBeVisible();
		}
	},
	{
		name: '/take, a question',
		open: async (page) => {
			await page.goto(await takeLink(page));
			await page.getByLabel('Your name').fill('Ana');
			await page.getByRole('button', { name: 'Start the quiz' }).click();
			await expect(page.getByText('Question 1 of 5')).toBeVisible();
		}
	}
];
