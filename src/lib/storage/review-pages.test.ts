import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rating, State } from 'ts-fsrs';
import { fixtureNow, reviewRecord } from '$lib/srs/fixtures';
import type { ReviewRecord } from '$lib/srs/types';
import { pagesOf } from './test-fixtures';
import {
	OPEN_PAGE_CAPACITY,
	PAGE_CAPACITY,
	appendReview,
	unpackReviews,
	encodeReviews,
	isFull,
	joinReviews,
	joinsBefore,
	logPages,
	logsOf,
	packReviews,
	packRows,
	pageRows,
	paginate,
	pickReviews,
	removeNewest,
	reviewCount,
	reviewIdentityAt,
	reviewTimeAt,
	type ReviewPage
} from './review-pages';
import { reviewIdentity } from './backup-schema';

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

/**
 * Appends each record as commitReview does, to pages kept by id as the store keeps them: reads the
 * last page, and the one before it when joinsBefore says so, and stores what appendReview says.
 * `check` sees the pages, in id order, after every append.
 */
function appendAll(
	start: readonly ReviewPage[],
	records: readonly ReviewRecord[],
	check: (pages: ReviewPage[]) => void
): ReviewPage[] {
	const store = new Map(start.map((page) => [page.id, page]));
	const inOrder = () => [...store.values()].sort((a, b) => a.id - b.id);
	for (const record of records) {
		const last = inOrder().at(-1);
		const beforeLast = last && joinsBefore(last) ? store.get(last.id - 1) : undefined;
		const { put } = appendReview(last, record, beforeLast);
		for (const page of put) store.set(page.id, page);
		check(inOrder());
	}
	return inOrder();
}

/**
 * Which rule of the layout appending keeps the pages break, if any: ids 0, 1, 2…; no page empty
 * or over PAGE_CAPACITY; new reviews in an open last page; every page before it once full; every
 * page but the last two joined nearly to PAGE_CAPACITY.
 */
function layoutProblem(pages: readonly ReviewPage[]): string | undefined {
	const sizes = pages.map(reviewCount);
	if (pages.some((page, index) => page.id !== index)) return 'ids are not 0, 1, 2…';
	if (sizes.some((size) => size < 1 || size > PAGE_CAPACITY)) return 'a page is empty or too big';
	if ((sizes.at(-1) ?? 0) > OPEN_PAGE_CAPACITY) return 'the last page is over the open size';
	if (sizes.slice(0, -1).some((size) => size < OPEN_PAGE_CAPACITY)) {
		return 'a page before the last was never full';
	}
	if (sizes.slice(0, -2).some((size) => size <= PAGE_CAPACITY - OPEN_PAGE_CAPACITY)) {
		return 'a page before the last two was not joined up';
	}
	return undefined;
}

describe('encodeReviews and unpackReviews', () => {
	it('give back every field of every review exactly, with previousDue only where it was', () => {
		const original = reviews(20);
		const decoded = encodeReviews(original).flatMap(unpackReviews);
		expect(decoded).toStrictEqual(original);
		expect(decoded[0]?.previousDue).toBeInstanceOf(Date);
		expect(decoded[1]).not.toHaveProperty('previousDue');
	});

	it('give back any review exactly', () => {
		fc.assert(
			fc.property(fc.array(recordArbitrary, { maxLength: 30 }), (records) => {
				expect(encodeReviews(records).flatMap(unpackReviews)).toStrictEqual(records);
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
		expect(pages.flatMap(unpackReviews)).toStrictEqual(original);
	});
});

describe('packed reviews', () => {
	const someReviews = fc.array(recordArbitrary, { maxLength: 40 });

	it('pack, join, pick and paginate without changing a review or its order', () => {
		fc.assert(
			fc.property(someReviews, someReviews, fc.func(fc.boolean()), (first, second, keep) => {
				const [a, b] = [packReviews(first), packReviews(second)];
				expect(unpackReviews(a)).toStrictEqual(first);
				expect(unpackReviews(joinReviews([a, b]))).toStrictEqual([...first, ...second]);
				const kept = first.filter((_, index) => keep(index));
				expect(unpackReviews(pickReviews(a, (index) => keep(index)))).toStrictEqual(kept);
				expect(paginate(a, 3)).toStrictEqual(encodeReviews(first, 3));
			})
		);
	});

	it('read from backup rows exactly what the rows say, null as a missing date', () => {
		fc.assert(
			fc.property(someReviews, (records) => {
				const rows = pageRows(packReviews(records)).map((row) =>
					row.map((value) => (Number.isNaN(value) ? null : value))
				);
				expect(unpackReviews(packRows(rows))).toStrictEqual(records);
			})
		);
	});

	it('name a review as reviewIdentity does, and give the fields a tally counts', () => {
		const records = reviews(9);
		const packed = packReviews(records);
		expect(records.map((_, index) => reviewIdentityAt(packed, index))).toEqual(
			records.map(reviewIdentity)
		);
		expect(reviewTimeAt(packed, 4)).toBe(records[4]!.log.review.getTime());
		expect([...logsOf(packed)]).toEqual(
			records.map(({ log }) => ({ review: log.review, rating: log.rating, state: log.state }))
		);
	});

	it.each([
		[1, [1]],
		[64, [64]],
		[65, [64, 1]],
		[2048 + 64, [2048, 64]],
		[2048 + 65, [2048, 64, 1]],
		[2 * 2048 + 1000, [2048, 2048, 960, 40]]
	])('lay a log of %i out as commits would: %j, an open page last', (count, sizes) => {
		const records = reviews(count);
		const pages = logPages(packReviews(records));
		expect(pages.map((page) => [page.id, reviewCount(page)])).toEqual(
			sizes.map((size, id) => [id, size])
		);
		expect(pages.flatMap(unpackReviews)).toStrictEqual(records);
		expect(logPages(packReviews([]))).toEqual([]);
	});

	it('paginate into full pages numbered from the first id, and nothing for no reviews', () => {
		const packed = packReviews(reviews(2 * PAGE_CAPACITY + 1));
		expect(paginate(packed, 5).map((page) => [page.id, reviewCount(page)])).toEqual([
			[5, PAGE_CAPACITY],
			[6, PAGE_CAPACITY],
			[7, 1]
		]);
		expect(paginate(packReviews([]))).toEqual([]);
	});
});

describe('appendReview', () => {
	const ids = (pages: readonly ReviewPage[]) => pages.map((page) => page.id);

	it('starts page 0 when there is none', () => {
		const [review] = reviews(1) as [ReviewRecord];
		const { put } = appendReview(undefined, review);
		expect(ids(put)).toEqual([0]);
		expect(unpackReviews(put[0] as ReviewPage)).toStrictEqual([review]);
	});

	it.each([1, OPEN_PAGE_CAPACITY - 1])(
		'adds to an open last page of %i, leaving the given pages as they were',
		(size) => {
			const all = reviews(OPEN_PAGE_CAPACITY + size + 1);
			const [before, last] = pagesOf(all.slice(0, -1), [OPEN_PAGE_CAPACITY, size], 6) as [
				ReviewPage,
				ReviewPage
			];
			const copies = structuredClone([before, last]);

			const { put } = appendReview(last, all.at(-1) as ReviewRecord, before);

			expect(ids(put)).toEqual([7]);
			expect(unpackReviews(put[0] as ReviewPage)).toStrictEqual(all.slice(OPEN_PAGE_CAPACITY));
			expect(isFull(put[0] as ReviewPage)).toBe(size === OPEN_PAGE_CAPACITY - 1);
			expect([before, last]).toStrictEqual(copies);
		}
	);

	it.each([
		[OPEN_PAGE_CAPACITY, OPEN_PAGE_CAPACITY],
		[PAGE_CAPACITY - OPEN_PAGE_CAPACITY, OPEN_PAGE_CAPACITY]
	])(
		'joins a full last page onto the page before when they fit in one (%i + %i), the review starting a new last page',
		(beforeSize, lastSize) => {
			const all = reviews(beforeSize + lastSize + 1);
			const [before, last] = pagesOf(all.slice(0, -1), [beforeSize, lastSize], 3) as [
				ReviewPage,
				ReviewPage
			];
			const copies = structuredClone([before, last]);

			const { put } = appendReview(last, all.at(-1) as ReviewRecord, before);

			expect(ids(put)).toEqual([3, 4]);
			expect(put.map(unpackReviews)).toStrictEqual([all.slice(0, -1), all.slice(-1)]);
			expect([before, last]).toStrictEqual(copies);
		}
	);

	it.each([
		[
			'does not fit onto the page before',
			PAGE_CAPACITY - OPEN_PAGE_CAPACITY + 1,
			OPEN_PAGE_CAPACITY
		],
		['is the first page', undefined, OPEN_PAGE_CAPACITY],
		// Imports write such pages, and undo leaves a joined page last: neither is read to join.
		[
			'holds more than an open page, even if the two would fit',
			OPEN_PAGE_CAPACITY,
			OPEN_PAGE_CAPACITY + 1
		]
	])('starts page last.id + 1 when the full last page %s', (_, beforeSize, lastSize) => {
		const sizes = beforeSize === undefined ? [lastSize] : [beforeSize, lastSize];
		const all = reviews(sizes.reduce((sum, size) => sum + size) + 1);
		const pages = pagesOf(all.slice(0, -1), sizes);
		const last = pages.at(-1) as ReviewPage;

		const { put } = appendReview(last, all.at(-1) as ReviewRecord, pages.at(-2));

		expect(ids(put)).toEqual([last.id + 1]);
		expect(unpackReviews(put[0] as ReviewPage)).toStrictEqual(all.slice(-1));
	});

	it.each([
		[3, OPEN_PAGE_CAPACITY, true],
		[3, OPEN_PAGE_CAPACITY - 1, false],
		[3, OPEN_PAGE_CAPACITY + 1, false],
		[0, OPEN_PAGE_CAPACITY, false]
	])('joinsBefore: page %i holding %i reviews needs the page before: %s', (id, size, needs) => {
		const [last] = encodeReviews(reviews(size), id) as [ReviewPage];
		expect(joinsBefore(last)).toBe(needs);
	});

	it('appending one at a time keeps every review, ids from 0, and all but the last two pages nearly full', () => {
		fc.assert(
			fc.property(
				// A log imported in full pages (or none), then reviews committed one by one.
				fc.nat({ max: 2 * PAGE_CAPACITY + 1 }),
				fc.nat({ max: 2 * PAGE_CAPACITY + 2 * OPEN_PAGE_CAPACITY }),
				(imported, appended) => {
					const all = reviews(imported + appended);
					const pages = appendAll(
						encodeReviews(all.slice(0, imported)),
						all.slice(imported),
						(pages) => {
							const broken = layoutProblem(pages);
							if (broken) throw new Error(`${broken}: ${pages.map(reviewCount).join(', ')}`);
						}
					);
					expect(pages.flatMap(unpackReviews)).toStrictEqual(all);
				}
			),
			{
				numRuns: 15,
				examples: [
					[0, 2 * PAGE_CAPACITY + 2 * OPEN_PAGE_CAPACITY],
					[PAGE_CAPACITY + OPEN_PAGE_CAPACITY, OPEN_PAGE_CAPACITY + 1],
					[PAGE_CAPACITY - 1, 1]
				]
			}
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
				expect(unpackReviews(rest)).toStrictEqual(all.slice(0, rest.itemIds.length));
			}
			page = rest;
		}
		expect(removed).toStrictEqual(all.reverse());
	});

	it.each([1, OPEN_PAGE_CAPACITY - 1])(
		'undoes appendReview onto an open page of %i exactly',
		(size) => {
			const all = reviews(size + 1);
			const before = encodeReviews(all.slice(0, -1))[0];
			const { put } = appendReview(before, all.at(-1) as ReviewRecord);
			expect(put).toHaveLength(1);
			const { review, rest } = removeNewest(put[0] as ReviewPage);
			expect(review).toStrictEqual(all.at(-1));
			expect(rest).toStrictEqual(before);
		}
	);

	it('throws on an empty page', () => {
		const empty: ReviewPage = { id: 3, itemIds: [], values: new Float64Array(0) };
		expect(() => removeNewest(empty)).toThrow(RangeError);
	});
});
