import type { Page } from '@playwright/test';
import en from '../../src/lib/i18n/messages/en.json' with { type: 'json' };
import es from '../../src/lib/i18n/messages/es.json' with { type: 'json' };

type Stored = string | { match: Record<string, string> }[];

/** Every text a message can show: its pattern, or each of its variants. */
function patterns(message: Stored): string[] {
	return typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
}

const spanish = new Set(
	Object.entries(es).flatMap(([key, message]) => (key === '$schema' ? [] : patterns(message)))
);

/**
 * A matcher for each English interface text (its parameters match anything), leaving out the
 * texts Spanish writes the same way ("Repaso", "{minutes} min").
 */
const englishMessages = Object.entries(en).flatMap(([key, message]) =>
	key === '$schema'
		? []
		: patterns(message)
				.filter((pattern) => !spanish.has(pattern))
				.map((pattern) => ({
					key,
					source: `^${pattern
						.split(/\{[^}]+\}/)
						.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
						.join('.+')}$`
				}))
);

/**
 * The interface texts of the page that are still English: every text node and every accessible
 * label, title or placeholder outside an element marked `lang="en"` (the article's own content),
 * compared with the English catalogue.
 */
export async function englishInterfaceText(page: Page): Promise<string[]> {
	return page.evaluate((messages) => {
		const matchers = messages.map(({ key, source }) => ({ key, regex: new RegExp(source, 's') }));
		const inEnglishContent = (element: Element | null) =>
			element?.closest('[lang]')?.getAttribute('lang')?.startsWith('en') ?? false;
		const texts: { text: string; element: Element | null }[] = [
			{ text: document.title, element: document.body }
		];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (parent?.closest('script, style, noscript')) continue;
			texts.push({ text: node.textContent ?? '', element: parent });
		}
		for (const element of document.body.querySelectorAll('*')) {
			for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
				const value = element.getAttribute(attribute);
				if (value) texts.push({ text: value, element });
			}
		}
		const found: string[] = [];
		for (const { text, element } of texts) {
			const trimmed = text.trim();
			if (!trimmed || inEnglishContent(element)) continue;
			const match = matchers.find(({ regex }) => regex.test(trimmed));
			if (match) found.push(`${match.key}: "${trimmed}"`);
		}
		return found;
	}, englishMessages);
}

declare global {
	interface Window {
		liveTexts?: string[];
	}
}

/**
 * Records, from the next page load on, every text that appears in a live region (`aria-live`,
 * `role="status"`, `role="alert"`), outside content marked `lang="en"`: announcements may be gone
 * from the page by the time it is read, so each change is kept as it happens.
 */
export async function recordLiveRegions(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.liveTexts = [];
		const live = '[aria-live], [role="status"], [role="alert"]';
		/** The region's text, leaving out the parts marked English. */
		const spoken = (region: Element) => {
			const copy = region.cloneNode(true) as Element;
			copy.querySelectorAll('[lang^="en"]').forEach((element) => element.remove());
			// What joins an English part to the rest ("event: position 2 of 5") goes with it.
			return (copy.textContent ?? '').trim().replace(/^[:·\s]+/, '');
		};
		const observer = new MutationObserver((mutations) => {
			const regions = new Set<Element>();
			for (const mutation of mutations) {
				const target =
					mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
				const region = target?.closest(live);
				if (region) regions.add(region);
			}
			for (const region of regions) {
				const text = spoken(region);
				if (text) window.liveTexts?.push(text);
			}
		});
		const start = () =>
			observer.observe(document.documentElement, {
				childList: true,
				characterData: true,
				subtree: true
			});
		if (document.documentElement) start();
		else document.addEventListener('DOMContentLoaded', start);
	});
}

/** The live-region texts recorded on the current page that are English interface text. */
export async function englishAnnouncements(page: Page): Promise<string[]> {
	const texts = await page.evaluate(() => window.liveTexts ?? []);
	const matchers = englishMessages.map(({ key, source }) => ({
		key,
		regex: new RegExp(source, 's')
	}));
	return texts.flatMap((text) => {
		const match = matchers.find(({ regex }) => regex.test(text));
		return match ? [`${match.key}: "${text}"`] : [];
	});
}
