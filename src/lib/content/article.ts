/**
 * The article as the content check sees it: where a quote sits, which body paragraph it evidences,
 * and whether a piece of our own writing copies a run of its words.
 */
import { countWords, foldForComparison, normaliseQuote } from './normalise.ts';

/** Headings and stray labels ("Latest") are shorter than this or lack a closing full stop. */
export const MIN_PARAGRAPH_WORDS = 12;

/** Our own words may share shorter runs with the article (names, titles), not this many. */
export const COPY_RUN_WORDS = 8;

const blankLine = /\n[^\S\n]*\n/u;
const endsLikeSentence = /[.!?]["'”’)]*$/u;

export interface ArticleParagraph {
	/** 1-based, counting body paragraphs only. */
	number: number;
	/** The opening words, to name the paragraph in a message. */
	opening: string;
	start: number;
	end: number;
}

export interface ArticleSection {
	/** The heading as the article writes it (quote marks and spaces normalised). */
	heading: string;
	start: number;
	end: number;
}

/**
 * A body paragraph is a blank-line-separated block of at least {@link MIN_PARAGRAPH_WORDS} words
 * ending like a sentence: the article's title is long enough to pass the word count, so the full stop
 * is what tells it apart.
 */
function isBodyParagraph(block: string): boolean {
	return countWords(block) >= MIN_PARAGRAPH_WORDS && endsLikeSentence.test(block);
}

function openingWords(block: string): string {
	const words = block.split(' ');
	return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : block;
}

function windows(words: readonly string[], size: number): string[] {
	return Array.from({ length: Math.max(0, words.length - size + 1) }, (_, start) =>
		words.slice(start, start + size).join(' ')
	);
}

/**
 * The article indexed for quote lookup (after {@link normaliseQuote}) and copy detection (after
 * {@link foldForComparison}).
 *
 * @example
 * const article = new ArticleIndex('Title\n\nThe harbour opened in 1820 after the fishermen of the bay built a pier.');
 * article.locateQuote('opened in 1820'); // → [1]
 */
export class ArticleIndex {
	readonly paragraphs: readonly ArticleParagraph[];
	/**
	 * Each heading with the body paragraphs under it, up to the next heading. A heading is a block
	 * that is not a body paragraph but is followed by one, so the title heads the opening summary and
	 * a trailing label ("Latest") heads nothing.
	 */
	readonly sections: readonly ArticleSection[];
	readonly #text: string;
	readonly #shingles: ReadonlySet<string>;

	constructor(article: string) {
		const blocks = article
			.split(blankLine)
			.map(normaliseQuote)
			.filter((block) => block !== '');
		const paragraphs: ArticleParagraph[] = [];
		const sections: ArticleSection[] = [];
		let start = 0;
		for (const [index, block] of blocks.entries()) {
			const next = blocks[index + 1];
			if (!isBodyParagraph(block) && next !== undefined && isBodyParagraph(next)) {
				sections.push({ heading: block, start, end: start + block.length });
			} else if (isBodyParagraph(block)) {
				const current = sections.at(-1);
				if (current) current.end = start + block.length;
				paragraphs.push({
					number: paragraphs.length + 1,
					opening: openingWords(block),
					start,
					end: start + block.length
				});
			}
			start += block.length + 1;
		}
		this.paragraphs = paragraphs;
		this.sections = sections;
		this.#text = blocks.join(' ');
		this.#shingles = new Set(windows(foldForComparison(article).split(' '), COPY_RUN_WORDS));
	}

	/** The spans of `parts` that overlap where the quote sits, or null when it is not verbatim. */
	#overlapping<T extends { start: number; end: number }>(
		quote: string,
		parts: readonly T[]
	): T[] | null {
		const wanted = normaliseQuote(quote);
		const start = this.#text.indexOf(wanted);
		if (wanted === '' || start === -1) return null;
		const end = start + wanted.length;
		return parts.filter((part) => part.start < end && start < part.end);
	}

	/**
	 * The body paragraphs a quote lies in (usually one; none for a heading), or null when the quote is
	 * not verbatim in the article.
	 */
	locateQuote(quote: string): number[] | null {
		return this.#overlapping(quote, this.paragraphs)?.map((paragraph) => paragraph.number) ?? null;
	}

	/**
	 * The headings of the sections a quote lies in (usually one), or null when the quote is not
	 * verbatim in the article.
	 */
	sectionsOf(quote: string): string[] | null {
		return this.#overlapping(quote, this.sections)?.map((section) => section.heading) ?? null;
	}

	/** The longest run of the quote's opening words that the article does contain, to point at a typo. */
	matchingOpening(quote: string): string {
		const words = normaliseQuote(quote).split(' ');
		let count = 0;
		while (count < words.length && this.#text.includes(words.slice(0, count + 1).join(' ')))
			count++;
		return words.slice(0, count).join(' ');
	}

	/**
	 * Every maximal run of {@link COPY_RUN_WORDS} or more consecutive words that `text` shares with the
	 * article, compared lowercased without accents or punctuation.
	 */
	copiedRuns(text: string): string[] {
		const words = foldForComparison(text).split(' ');
		const copied = windows(words, COPY_RUN_WORDS).map((window) => this.#shingles.has(window));
		const runs: string[] = [];
		let first = copied.indexOf(true);
		while (first !== -1) {
			let last = first;
			while (copied[last + 1]) last++;
			runs.push(words.slice(first, last + COPY_RUN_WORDS).join(' '));
			first = copied.indexOf(true, last + 1);
		}
		return runs;
	}
}
