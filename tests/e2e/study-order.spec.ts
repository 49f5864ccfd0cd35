import { expect, test } from './test';
import { answerShownQuestion } from './answering';
import elSalvador from '../../questions/sets/el-salvador.json' with { type: 'json' };
import honduras from '../../questions/sets/honduras.json' with { type: 'json' };
import mexicanPolitics from '../../questions/sets/mexican-politics.json' with { type: 'json' };
import tariffThreat from '../../questions/sets/tariff-threat.json' with { type: 'json' };
import terrorDesignation from '../../questions/sets/terror-designation.json' with { type: 'json' };
import timeline from '../../questions/sets/timeline.json' with { type: 'json' };
import usIntervention from '../../questions/sets/us-intervention.json' with { type: 'json' };
import whosWho from '../../questions/sets/whos-who.json' with { type: 'json' };

// The sets in bank (id) order.
const [first, second, third] = [elSalvador, honduras, mexicanPolitics];
const laterSets = [tariffThreat, terrorDesignation, timeline, usIntervention, whosWho];

/** The set of the card on screen, from its notes link. */
function shownSet(page: import('@playwright/test').Page) {
	return page.locator('.study .notes-link');
}

test('Study all mixes new cards across sets by default; one set at a time follows the sets', async ({
	page
}) => {
	await page.goto('/study');
	for (const [index, set] of [first, second, third].entries()) {
		await expect(shownSet(page)).toHaveText(`Notes: ${set.title}`);
		await answerShownQuestion(page);
		await page.keyboard.press('3');
		await expect(page.getByText(`${index + 1} reviewed`)).toBeVisible();
	}

	await page.goto('/settings');
	const mixed = page.getByRole('radio', { name: 'Mixed across sets' });
	await expect(mixed).toBeChecked();
	await page.getByRole('radio', { name: 'One set at a time' }).check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('radio', { name: 'One set at a time' })).toBeChecked();

	// The first set's second card now comes before any card of the fourth set.
	await page.goto('/study');
	await expect(shownSet(page)).toHaveText(`Notes: ${first.title}`);
});

test('Study all draws its first card before the other sets have loaded, and their cards once they come', async ({
	page
}) => {
	// Every set's file but the first is held back: a set's notes travel in its own file only.
	const others = [second, third, ...laterSets].map((set) => set.notes.slice(0, 60));
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (others.some((notes) => body.includes(notes))) await released;
		await route.fulfill({ response, body });
	});

	await page.goto('/study');
	await expect(shownSet(page)).toHaveText(`Notes: ${first.title}`);
	await answerShownQuestion(page);
	await page.keyboard.press('3');
	await expect(page.getByText('1 reviewed')).toBeVisible();
	// The next card is the second set's: it is known, its question not yet.
	await expect(page.locator('.study[aria-busy="true"]')).toHaveText('Loading…');
	release();
	await expect(shownSet(page)).toHaveText(`Notes: ${second.title}`);
	await answerShownQuestion(page);
	await page.keyboard.press('3');
	await expect(page.getByText('2 reviewed')).toBeVisible();
});
