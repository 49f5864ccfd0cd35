import { describe, expect, it } from 'vitest';
import { ArticleIndex } from './article';
import { harbourArticle, harbourTitle } from './fixtures/harbour';

const article = new ArticleIndex(harbourArticle);

describe('ArticleIndex sections', () => {
	it('heads the opening summary with the title and the rest with each heading, not the trailing label', () => {
		expect(article.sections.map(({ heading }) => heading)).toEqual([harbourTitle, 'The Pier']);
	});

	it('names the section a quote lies in, every one it spans, and null for a quote not in the article', () => {
		expect(article.sectionsOf('fishermen who built a stone pier')).toEqual([harbourTitle]);
		expect(article.sectionsOf('nine hundred passengers a day')).toEqual(['The Pier']);
		expect(article.sectionsOf('the old market square. The Pier In 1901')).toEqual([
			harbourTitle,
			'The Pier'
		]);
		expect(article.sectionsOf('a bridge')).toBeNull();
	});
});

describe('ArticleIndex paragraphs', () => {
	it('keeps body paragraphs only: not the long title, the headings or the trailing label', () => {
		expect(article.paragraphs.map(({ number, opening }) => ({ number, opening }))).toEqual([
			{ number: 1, opening: 'The harbour town was founded in…' },
			{ number: 2, opening: 'In 1901 a storm destroyed half…' },
			{ number: 3, opening: "By 1950 the town's ferry carried…" }
		]);
	});

	it('accepts blank lines holding stray spaces and Windows line ends', () => {
		const text =
			'Heading\r\n \r\nOne two three four five six seven eight nine ten eleven twelve.\r\n';
		expect(new ArticleIndex(text).paragraphs).toHaveLength(1);
	});
});

describe('ArticleIndex.locateQuote', () => {
	it('finds the paragraph of a quote, with quote marks and whitespace normalised', () => {
		expect(article.locateQuote('the council spent "three long years"')).toEqual([2]);
		expect(article.locateQuote("the  town's\nferry")).toEqual([3]);
	});

	it('finds a quote spanning two paragraphs in both', () => {
		expect(article.locateQuote('northern forests. By 1950')).toEqual([2, 3]);
	});

	it('finds a heading but credits no paragraph', () => {
		expect(article.locateQuote('The Pier')).toEqual([]);
	});

	it('returns null for text not in the article, or empty', () => {
		expect(article.locateQuote('the Council spent')).toBeNull();
		expect(article.locateQuote('  ')).toBeNull();
	});
});

describe('ArticleIndex.matchingOpening', () => {
	it('gives the opening words the article does contain', () => {
		expect(article.matchingOpening('a storm destroyed all of the pier')).toBe('a storm destroyed');
		expect(article.matchingOpening('Nothing here')).toBe('');
	});
});

describe('ArticleIndex.copiedRuns', () => {
	it('finds each maximal run of 8 or more shared words, ignoring case and punctuation', () => {
		expect(
			article.copiedRuns(
				'Fishermen WHO built a stone pier beside the old market; later, the island of Merrow.'
			)
		).toEqual(['fishermen who built a stone pier beside the old market']);
	});

	it('ignores runs of 7 words', () => {
		expect(article.copiedRuns('who built a stone pier beside the new market')).toEqual([]);
	});
});
