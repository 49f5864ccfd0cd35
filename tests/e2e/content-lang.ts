import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import type { Item, QuestionSet } from '../../src/lib/content/schema';
import { articleTitle } from '../../src/lib/content/course';
import { displayPrompt } from '../../src/lib/quiz/prompt';

const sets = readdirSync('questions/sets').map(
	(file) => JSON.parse(readFileSync(`questions/sets/${file}`, 'utf8')) as QuestionSet
);

/** Every text of an item a page can show on its own. */
function itemTexts(item: Item): string[] {
	const texts = [
		item.prompt,
		displayPrompt(item),
		item.explanation,
		item.source.quote,
		...item.tags
	];
	switch (item.type) {
		case 'flashcard':
			return [...texts, item.back];
		case 'mcq':
		case 'multi':
			return [...texts, ...item.options];
		case 'order':
			return [...texts, ...item.events.map((event) => event.text)];
		case 'match':
			return [...texts, ...item.pairs.flatMap((pair) => [pair.left, pair.right])];
		default:
			return texts;
	}
}

/**
 * The question bank's texts. A text node equal to one of them is bank content; one that merely
 * contains a longer one (a title inside a heading, a quote in quotation marks) is too. Texts
 * without a letter (years, counts) are left out: the interface shows numbers of its own.
 */
const bankTexts = [
	articleTitle,
	...sets.flatMap((set) => [
		set.title,
		set.description,
		...set.notes.split(/\n\s*\n/),
		...set.items.flatMap(itemTexts)
	])
].filter((text) => /\p{L}/u.test(text));

/**
 * The question bank's text shown outside an element marked `lang="en"`: a screen reader would
 * read it with the interface language's pronunciation. Compares every text node of the page with
 * the bank.
 */
export async function unmarkedContent(page: Page): Promise<string[]> {
	return page.evaluate((texts) => {
		const exact = new Set(texts);
		// Short texts ("Honduras") also occur in the interface's own sentences: only whole ones count.
		const long = texts.filter((text) => text.split(/\s+/).length >= 3);
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style, noscript')) continue;
			if (parent.closest('[lang]')?.getAttribute('lang')?.startsWith('en')) continue;
			const text = (node.textContent ?? '').trim();
			if (!text) continue;
			if (exact.has(text) || long.some((bank) => text.includes(bank))) found.push(text);
		}
		return found;
	}, bankTexts);
}
