import type { Page } from '@playwright/test';
import en from '../../src/lib/i18n/messages/en.json' with { type: 'json' };
import { expect } from './test';

/** Leaves only `type` ticked among a practice quiz's question types, on its setup form. */
export async function onlyQuestionType(
	page: Page,
	type: string,
	t: Pick<typeof en, 'quiz_types'> = en
): Promise<void> {
	const types = page.getByRole('group', { name: t.quiz_types }).getByRole('checkbox');
	// Retried: a choice made before the page has hydrated can be reset by it.
	await expect(async () => {
		for (const box of await types.all()) {
			if ((await box.getAttribute('value')) !== type) await box.uncheck();
		}
		await expect(types.and(page.locator(':checked'))).toHaveCount(1, { timeout: 500 });
	}).toPass();
}
