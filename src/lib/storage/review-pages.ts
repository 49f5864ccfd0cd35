/**
 * The review log's layout on disk: pages of up to `PAGE_CAPACITY` reviews in the order they were
 * committed, each review's numbers packed into one Float64Array.
 *
 * Why pages: in Chromium every IndexedDB record costs about 25 µs to read and 200 µs to write
 * whatever its size, so 200,000 one-review records take 5 s to read and 40 s to write
 * (docs/performance.md). A page of typed-array columns is copied as one block instead.
 * Pure: no IndexedDB here, only the encoding.
 */
import type { Grade, ReviewLog, State } from 'ts-fsrs';
import type { ReviewRecord } from '$lib/srs/types';

/**
 * Enough that a year of reviews is a few hundred records; few enough to rewrite on each review. A
 * full page is about 30 KB: Chromium moves values over 64 KB out to blob files, which made the
 * commit of a review into a 512-review page about twice as slow.
 */
export const PAGE_CAPACITY = 256;

/** One stored page. `id`s count up from 0; only the last page has room left. */
export interface ReviewPage {
	id: number;
	/** The item of each review, in commit order. */
	itemIds: string[];
	/** `FIELD_COUNT` numbers per review, in the order of `fields` below. */
	values: Float64Array;
}

/** The numbers of a review; dates as milliseconds since the epoch, a missing date as NaN. */
const fields = [
	'review',
	'rating',
	'state',
	'due',
	'stability',
	'difficulty',
	'elapsed_days',
	'last_elapsed_days',
	'scheduled_days',
	'learning_steps',
	'previousDue'
] as const;
const FIELD_COUNT = fields.length;

function numbersOf({ log, previousDue }: ReviewRecord): number[] {
	return [
		log.review.getTime(),
		log.rating,
		log.state,
		log.due.getTime(),
		log.stability,
		log.difficulty,
		log.elapsed_days,
		log.last_elapsed_days,
		log.scheduled_days,
		log.learning_steps,
		previousDue?.getTime() ?? Number.NaN
	];
}

function reviewAt(page: ReviewPage, index: number): ReviewRecord {
	const at = (field: number) => page.values[index * FIELD_COUNT + field] as number;
	const log: ReviewLog = {
		review: new Date(at(0)),
		rating: at(1) as Grade,
		state: at(2) as State,
		due: new Date(at(3)),
		stability: at(4),
		difficulty: at(5),
		elapsed_days: at(6),
		last_elapsed_days: at(7),
		scheduled_days: at(8),
		learning_steps: at(9)
	};
	const previousDue = at(10);
	return {
		itemId: page.itemIds[index] as string,
		log,
		...(Number.isNaN(previousDue) ? {} : { previousDue: new Date(previousDue) })
	};
}

/** How many reviews a page holds. @example reviewCount(page) === page.itemIds.length */
export function reviewCount(page: ReviewPage): number {
	return page.itemIds.length;
}

/** A page's reviews, oldest first. @example decodePage(page)[0].log.rating */
export function decodePage(page: ReviewPage): ReviewRecord[] {
	return page.itemIds.map((_, index) => reviewAt(page, index));
}

/**
 * Packs reviews, in order, into pages numbered from `firstId`.
 * @example encodeReviews(reviews, 0).length === Math.ceil(reviews.length / PAGE_CAPACITY)
 */
export function encodeReviews(reviews: readonly ReviewRecord[], firstId = 0): ReviewPage[] {
	const pages: ReviewPage[] = [];
	for (let start = 0; start < reviews.length; start += PAGE_CAPACITY) {
		const chunk = reviews.slice(start, start + PAGE_CAPACITY);
		const values = new Float64Array(chunk.length * FIELD_COUNT);
		chunk.forEach((review, index) => values.set(numbersOf(review), index * FIELD_COUNT));
		pages.push({
			id: firstId + pages.length,
			itemIds: chunk.map((review) => review.itemId),
			values
		});
	}
	return pages;
}

/**
 * The page to store after appending `review` to the log whose last page is `last`: that page with
 * the review added, or a new page when it is full (or there is none).
 * @example const page = appendReview(await lastPage(), review); await store.put(page);
 */
export function appendReview(last: ReviewPage | undefined, review: ReviewRecord): ReviewPage {
	if (!last || reviewCount(last) >= PAGE_CAPACITY) {
		return encodeReviews([review], last ? last.id + 1 : 0)[0] as ReviewPage;
	}
	const values = new Float64Array(last.values.length + FIELD_COUNT);
	values.set(last.values);
	values.set(numbersOf(review), last.values.length);
	return { id: last.id, itemIds: [...last.itemIds, review.itemId], values };
}

/**
 * Splits off the newest review of a page: the review, and the page without it (undefined when it
 * was the only one, so the page should be deleted).
 * @example const { review, rest } = removeNewest(page);
 */
export function removeNewest(page: ReviewPage): {
	review: ReviewRecord;
	rest: ReviewPage | undefined;
} {
	const count = reviewCount(page);
	if (count === 0) throw new RangeError(`review page ${page.id} is empty`);
	const review = reviewAt(page, count - 1);
	if (count === 1) return { review, rest: undefined };
	return {
		review,
		rest: {
			id: page.id,
			itemIds: page.itemIds.slice(0, -1),
			values: page.values.slice(0, (count - 1) * FIELD_COUNT)
		}
	};
}
