import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rating, State } from 'ts-fsrs';
import { fixtureNow, reviewRecord } from '$lib/srs/fixtures';
import type { ReviewRecord } from '$lib/srs/types';
import {
	PAGE_CAPACITY,
	appendReview,
	decodePage,
	encodeReviews,
	removeNewest,
	reviewCount,
	type ReviewPage
} from './review-pages';

/** `count` distinct reviews: every field differs from one review to the next. */
function reviews(count: number): ReviewRecord[] {
	return Array.from({ length: count }, (_, index) =>
		reviewRecord({
			itemId: `timeline-${index % 7}`,
			log: {
				review: new Date(fixtureNow.getTime() + index * 60_000),
				rating: ((index % 4) + 1) as Rating,
				state: (index % 4) as State,
				due: new Date(fixtureNow.getTime() + index * 86_400_000),
				stability: index * 0.37,
				difficulty: 1 + (index % 10) * 0.9,
				elapsed_days: index % 30,
				last_elapsed_days: index % 11,
				scheduled_days: index % 45,
				learning_steps: index % 3
			},
			...(index % 2 === 0 && { previousDue: new Date(fixtureNow.getTime() - index * 1000) })
		})
	);
}

const logArbitrary = fc.record(
	{
		review: fc.date({ noInvalidDate: true }),
		rating: fc.constantFrom(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy),
		state: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
		due: fc.date({ noInvalidDate: true }),
		stability: fc.double({ noNaN: true }),
		difficulty: fc.double({ noNaN: true }),
		elapsed_days: fc.nat(),
		last_elapsed_days: fc.nat(),
		scheduled_days: fc.nat(),
		learning_steps: fc.nat()
	},
	{ noNullPrototype: true }
);

const recordArbitrary: fc.Arbitrary<ReviewRecord> = fc.record(
	{ itemId: fc.string(), log: logArbitrary, previousDue: fc.date({ noInvalidDate: true }) },
	{ requiredKeys: ['itemId', 'log'], noNullPrototype: true }
);

/** The pages after storing each review as commitReview does: rewrite the last page or add one. */
function appendAll(records: readonly ReviewRecord[]): ReviewPage[] {
	const pages: ReviewPage[] = [];
	for (const record of records) {
		const page = appendReview(pages.at(-1), record);
		if (page.id === pages.at(-1)?.id) pages[pages.length - 1] = page;
		else pages.push(page);
	}
	return pages;
}

describe('encodeReviews and decodePage', () => {
	it('give back every field of every review exactly, with previousDue only where it was', () => {
		const original = reviews(20);
		const decoded = encodeReviews(original).flatMap(decodePage);
		expect(decoded).toStrictEqual(original);
		expect(decoded[0]?.previousDue).toBeInstanceOf(Date);
		expect(decoded[1]).not.toHaveProperty('previousDue');
	});

	it('give back any review exactly', () => {
		fc.assert(
			fc.property(fc.array(recordArbitrary, { maxLength: 30 }), (records) => {
				expect(encodeReviews(records).flatMap(decodePage)).toStrictEqual(records);
			})
		);
	});

	it.each([
		[0, []],
		[1, [1]],
		[PAGE_CAPACITY - 1, [PAGE_CAPACITY - 1]],
		[PAGE_CAPACITY, [PAGE_CAPACITY]],
		[PAGE_CAPACITY + 1, [PAGE_CAPACITY, 1]],
		[2 * PAGE_CAPACITY, [PAGE_CAPACITY, PAGE_CAPACITY]],
		[2 * PAGE_CAPACITY + 1, [PAGE_CAPACITY, PAGE_CAPACITY, 1]]
	])('pack %i reviews into full pages and one last page: %j', (count, sizes) => {
		const original = reviews(count);
		const pages = encodeReviews(original, 4);
		expect(pages.map(reviewCount)).toEqual(sizes);
		expect(pages.map((page) => page.id)).toEqual(sizes.map((_, index) => 4 + index));
		expect(pages.flatMap(decodePage)).toStrictEqual(original);
	});
});

describe('appendReview', () => {
	it('starts page 0 when there is none', () => {
		const [review] = reviews(1) as [ReviewRecord];
		const page = appendReview(undefined, review);
		expect(page.id).toBe(0);
		expect(decodePage(page)).toStrictEqual([review]);
	});

	it('adds to the last page while it has room, leaving the given page as it was', () => {
		const all = reviews(3);
		const [last] = encodeReviews(all.slice(0, 2), 6) as [ReviewPage];
		const copy = structuredClone(last);

		const page = appendReview(last, all[2] as ReviewRecord);

		expect(page.id).toBe(6);
		expect(decodePage(page)).toStrictEqual(all);
		expect(last).toStrictEqual(copy);
	});

	it('starts a page with the next id when the last one is full', () => {
		const all = reviews(PAGE_CAPACITY + 1);
		const [full] = encodeReviews(all.slice(0, PAGE_CAPACITY), 2) as [ReviewPage];

		const page = appendReview(full, all[PAGE_CAPACITY] as ReviewRecord);

		expect(page.id).toBe(3);
		expect(decodePage(page)).toStrictEqual([all[PAGE_CAPACITY]]);
		expect(reviewCount(full)).toBe(PAGE_CAPACITY);
	});

	it('one review at a time gives the pages encodeReviews gives for all of them', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 * PAGE_CAPACITY + 3 }), (count) => {
				const all = reviews(count);
				expect(appendAll(all)).toStrictEqual(encodeReviews(all));
			}),
			{ numRuns: 20, examples: [[PAGE_CAPACITY], [PAGE_CAPACITY + 1], [2 * PAGE_CAPACITY]] }
		);
	});
});

describe('removeNewest', () => {
	it('takes reviews off newest first, down to an empty page, which is gone', () => {
		const all = reviews(5);
		let page: ReviewPage | undefined = encodeReviews(all, 9)[0];
		const removed: ReviewRecord[] = [];
		while (page) {
			const { review, rest } = removeNewest(page);
			removed.push(review);
			if (rest) {
				expect(rest.id).toBe(9);
				expect(decodePage(rest)).toStrictEqual(all.slice(0, rest.itemIds.length));
			}
			page = rest;
		}
		expect(removed).toStrictEqual(all.reverse());
	});

	it('undoes appendReview exactly, also on a full page', () => {
		const all = reviews(PAGE_CAPACITY);
		const [before] = encodeReviews(all.slice(0, -1)) as [ReviewPage];
		const { review, rest } = removeNewest(appendReview(before, all.at(-1) as ReviewRecord));
		expect(review).toStrictEqual(all.at(-1));
		expect(rest).toStrictEqual(before);
	});

	it('throws on an empty page', () => {
		const empty: ReviewPage = { id: 3, itemIds: [], values: new Float64Array(0) };
		expect(() => removeNewest(empty)).toThrow(RangeError);
	});
});
