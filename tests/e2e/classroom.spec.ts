import { expect, test } from './test';
import { expectNoViolationsInEitherTheme } from './axe';
import {
	answerTrueFalse,
	buildQuiz,
	deviceWithCachedApp,
	quizOfLink,
	stored
} from './classroom-flow';
import { decodeQuizLink } from '../../src/lib/classroom/quiz-link';
import { decodeResultCode } from '../../src/lib/classroom/result-code';
import type { Item } from '../../src/lib/content/schema';

test('a teacher shares a quiz; a student takes it offline, reloads half-way and gets a result code', async ({
	page,
	browser,
	baseURL
}) => {
	const link = await buildQuiz(page, { title: 'Honduras check', count: 6, feedback: 'end' });
	const payload = link.slice(link.indexOf('#'));
	expect(link.length).toBeLessThanOrEqual(300);
	console.log(`quiz link (${link.length} characters): ${link}`);

	const student = await deviceWithCachedApp(browser, baseURL!);
	await student.context.setOffline(true);
	const take = student.page;
	await take.goto(`/take${payload}`);
	await expect(take.getByRole('heading', { level: 1, name: 'Honduras check' })).toBeVisible();
	await take.getByLabel('Your name').fill('maría   josé');
	await expect(take.getByText('Your result will show: María José')).toBeVisible();
	await take.getByRole('button', { name: 'Start the quiz' }).click();

	// The first answer wrong, the rest right; feedback only at the end, so no verdict is shown.
	const answered: Item[] = [];
	for (let number = 1; number <= 6; number++) {
		await expect(take.getByText(`Question ${number} of 6`)).toBeVisible();
		if (number === 4) {
			await take.reload();
			await expect(take.getByText('Question 4 of 6')).toBeVisible();
		}
		answered.push(await answerTrueFalse(take, number !== 1));
		await expect(take.locator('.verdict')).toHaveCount(0);
	}

	await expect(take.getByText('You got 5 of 6 right (83%).')).toBeVisible();
	const code = await take.locator('.code').getAttribute('data-code');
	expect(code).toBeTruthy();
	expect(code!.length).toBeLessThanOrEqual(40);
	await expect(take.locator('.code')).toHaveText(code!.replace(/(.{4})(?=.)/g, '$1 '));
	await expect(take.getByRole('img', { name: 'QR code of your result code' })).toBeVisible();
	await expect(take.locator('.answers li')).toHaveCount(6);
	console.log(`result code (${code!.length} characters): ${code}`);

	// The code carries the student's name and each answer, in the link's order.
	const quiz = quizOfLink(link);
	expect(new Set(quiz.items.map((item) => item.id))).toEqual(
		new Set(answered.map((item) => item.id))
	);
	const decoded = decodeResultCode(code!, quiz);
	if (!decoded.ok) throw new Error(`the code was rejected: ${decoded.reason}`);
	expect(decoded.result.name).toBe('María José');
	expect(decoded.result.answers.map((outcome) => outcome.correct)).toEqual(
		quiz.items.map((item) => item.id !== answered[0]!.id)
	);

	// Reopened later, the finished quiz shows its code again, and the device keeps the attempt.
	await take.reload();
	await expect(take.locator('.code')).toHaveAttribute('data-code', code!);
	expect(await stored(take, 'attempts')).toHaveLength(1);
	expect(await stored(take, 'quizSessions')).toHaveLength(0);
	await student.context.close();
});

test('hostile or broken links give a message and store nothing', async ({ page }) => {
	await page.goto('/');
	const links = [
		'#<script>window.hacked=1</script>',
		'#javascript:window.hacked=1',
		'#"><img src=x onerror="window.hacked=1">',
		'#' + '9'.repeat(40),
		'#AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
		'#' + 'A'.repeat(3000)
	];
	for (const hash of links) {
		await page.goto(`/take${hash}`);
		await expect(page.getByRole('alert')).toContainText('Ask your teacher for the link again');
		await expect(page.getByLabel('Your name')).toHaveCount(0);
	}
	expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
	expect(await stored(page, 'attempts')).toEqual([]);
	expect(await stored(page, 'quizSessions')).toEqual([]);
});

test('a link made from another question bank asks the student to update the app', async ({
	page
}) => {
	const link = await buildQuiz(page, { title: 'Old bank', count: 3, feedback: 'end' });
	const decoded = decodeQuizLink(link);
	if (!decoded.ok) throw new Error(decoded.reason);
	const { encodeQuizLink } = await import('../../src/lib/classroom/quiz-link');
	const older = encodeQuizLink({ ...decoded.link, contentVersion: '000000000000' });
	await page.goto(`/take#${older}`);
	await expect(page.getByRole('alert')).toContainText('Update the app');
	expect(await stored(page, 'quizSessions')).toEqual([]);
});

test('saved quizzes can be opened, duplicated and deleted after confirming', async ({ page }) => {
	await buildQuiz(page, { title: 'Week 1', count: 4, feedback: 'during' });
	await page.goto('/classroom');
	await page.getByRole('link', { name: 'Duplicate “Week 1”' }).click();
	await expect(page.getByLabel('Title')).toHaveValue('Week 1 (copy)');
	await expect(page.getByLabel('Number of questions')).toHaveValue('4');
	await expect(page.getByRole('radio', { name: 'After each question' })).toBeChecked();
	await page.getByRole('button', { name: 'Save and share' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Share “Week 1 (copy)”' })
	).toBeVisible();

	await page.goto('/classroom');
	await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Week 1 (copy)', 'Week 1']);
	await page.getByRole('button', { name: 'Delete “Week 1 (copy)”' }).click();
	await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
	await page.getByRole('button', { name: 'Keep it' }).click();
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(2);
	await page.getByRole('button', { name: 'Delete “Week 1 (copy)”' }).click();
	await page.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toHaveText(
		'Deleted “Week 1 (copy)”.'
	);
	await page.reload();
	await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Week 1']);
	await page.getByRole('link', { name: 'Open “Week 1”' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Share “Week 1”' })).toBeVisible();
});

test('feedback during the quiz shows each verdict before moving on', async ({ page }) => {
	const link = await buildQuiz(page, { title: 'With feedback', count: 2, feedback: 'during' });
	await page.goto(`/take${link.slice(link.indexOf('#'))}`);
	await page.getByLabel('Your name').fill('Leo');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await answerTrueFalse(page, false);
	await expect(page.locator('.verdict')).toContainText('Not quite');
	await page.keyboard.press('Enter');
	await answerTrueFalse(page, true);
	await expect(page.locator('.verdict')).toContainText('Correct');
	await page.getByRole('button', { name: 'Finish' }).click();
	await expect(page.getByText('You got 1 of 2 right (50%).')).toBeVisible();
});

// The states only this flow reaches: the build form with its topics open, a verdict shown during a
// quiz, a refused link. The share screen, the list, the name and the result code are checked by
// axe in both themes with every other screen (reflow.spec.ts), so they are not scanned again here.
test('no axe violations on build, take with feedback and a bad link, light and dark themes', async ({
	page
}) => {
	// Full-page scans: on a busy two-core machine they outlast the default minute.
	test.slow();
	const axe = (where: string) => expectNoViolationsInEitherTheme(page, where);
	await page.goto('/classroom/build');
	await expect(page.getByRole('heading', { level: 1, name: 'Build a quiz' })).toBeVisible();
	await page.locator('summary', { hasText: 'Topics' }).click();
	await axe('build');
	const link = await buildQuiz(page, { title: 'Axe', count: 2, feedback: 'during' });
	await page.goto(`/take${link.slice(link.indexOf('#'))}`);
	await page.getByLabel('Your name').fill('Ana');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await answerTrueFalse(page, false);
	await expect(page.locator('.verdict')).toContainText('Not quite');
	await axe('take: feedback');
	await page.goto('/take#<b>');
	await expect(page.getByRole('alert')).toBeVisible();
	await axe('take: bad link');
});
