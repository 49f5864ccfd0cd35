import { expect, test } from './test';
import honduras from '../../questions/sets/honduras.json' with { type: 'json' };
import type { QuestionSet } from '../../src/lib/content/schema';
import { answerShownQuestion } from './answering';

const title =
	'How Drug Cartels Are Driving Mexico and Central America Towards Conflict with the USA';

test('Today names the article the course is built on and shows the tagline', async ({ page }) => {
	await page.goto('/');
	const course = page.getByRole('region', { name: 'About this course' });
	await expect(course.locator('cite')).toHaveText(title);
	await expect(page.getByText('Quizzes and flashcards that remember for you')).toBeVisible();
});

test('a set studied for the first time offers its notes, which stay one tap from every card', async ({
	page
}) => {
	const [first] = (honduras as QuestionSet).items;
	await page.goto('/study/honduras');
	const offer = page.getByRole('link', { name: /^Read the notes — \d+ min$/ });
	await expect(offer).toBeVisible();

	// The caption names the section of the article the quote sits under.
	await answerShownQuestion(page);
	await expect(page.locator('figcaption')).toHaveText(
		`From the article's section ‘${first!.source.section}’`
	);
	await page.getByRole('button', { name: /^Good, next in/ }).click();
	await expect(page.getByText('1 reviewed')).toBeVisible();

	// From the next card, the notes are one tap away.
	await page.getByRole('link', { name: `Notes: ${honduras.title}` }).click();
	await expect(page).toHaveURL(/\/sets\/honduras#notes$/);
	await expect(page.getByRole('heading', { name: 'Study notes' })).toBeInViewport();

	// Once the set has been studied, the offer is not made again.
	await page.goto('/study/honduras');
	await page.locator('.study').waitFor();
	await expect(offer).toHaveCount(0);
});

test('the notes offer can be put aside', async ({ page }) => {
	await page.goto('/study/el-salvador');
	await page.getByRole('button', { name: 'Not now' }).click();
	await expect(page.getByRole('link', { name: /^Read the notes/ })).toHaveCount(0);
	await expect(page.locator('.study')).toBeVisible();
});
