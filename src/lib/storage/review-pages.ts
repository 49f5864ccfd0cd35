/**
 * The review log's layout on disk: pages of reviews in the order they were committed, each
 * review's numbers packed into one Float64Array.
 *
 * Why pages: in Chromium every IndexedDB record costs about 25 µs to read and 150 µs to write
 * whatever its size, so 200,000 one-review records take 5 s to read and 40 s to write
 * (docs/storage.md). Why two sizes: values under 64 KB are stored inline and read at only about
 * 20 MB/s, larger ones go to blob files and read several times faster, but rewriting a large page
 * on every review would make each commit slow. So new reviews go to a small last page, and a full
 * one joins the page before it until that one reaches `PAGE_CAPACITY`.
 * Pure: no IndexedDB here, only the encoding and which pages to write.
 */
import type { Grade, ReviewLog, State } from 'ts-fsrs';
import type { ReviewRecord } from '$lib/srs/types';

/** The last page takes reviews until it holds this many (about 6 KB, quick to rewrite). */
export const OPEN_PAGE_CAPACITY = 64;
/** Pages grow to this many reviews (about 200 KB, read as one blob). */
export const PAGE_CAPACITY = 2048;

/**
 * Reviews in commit order, packed: a page's contents, a whole log, or a backup's reviews, which
 * go from the file to pages without a record or a Date per review.
 */
export interface PackedReviews {
	/** The item of each review, in commit order. */
	itemIds: string[];
	/** `FIELD_COUNT` numbers per review, in the order of `reviewFields` below. */
	values: Float64Array;
}

/** One stored page. `id`s count up from 0 without gaps; new reviews go to the last page. */
export interface ReviewPage extends PackedReviews {
	id: number;
}

/** The numbers of a review; dates as milliseconds since the epoch, a missing date as NaN. */
export const reviewFields = [
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
const FIELD_COUNT = reviewFields.length;

/**
 * A review's numbers, in the order of `reviewFields`: what a page packs, and a backup row after its
 * item id. @example reviewNumbers(record)[0] === record.log.review.getTime()
 */
export function reviewNumbers({ log, previousDue }: ReviewRecord): number[] {
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

/**
 * The review whose numbers start at `at` in `numbers`, in the order of `reviewFields`; a missing date
 * may be NaN or null. Reads pages, and backup rows (an item id, then the same numbers).
 * @example reviewFromNumbers(row[0], row, 1)
 */
export function reviewFromNumbers(
	itemId: string,
	numbers: ArrayLike<number | null>,
	at = 0
): ReviewRecord {
	const number = (field: number) => numbers[at + field] as number;
	const log: ReviewLog = {
		review: new Date(number(0)),
		rating: number(1) as Grade,
		state: number(2) as State,
		due: new Date(number(3)),
		stability: number(4),
		difficulty: number(5),
		elapsed_days: number(6),
		last_elapsed_days: number(7),
		scheduled_days: number(8),
		learning_steps: number(9)
	};
	const previousDue = numbers[at + 10];
	const review: ReviewRecord = { itemId, log };
	if (previousDue !== null && previousDue !== undefined && !Number.isNaN(previousDue)) {
		review.previousDue = new Date(previousDue);
	}
	return review;
}

function reviewAt({ itemIds, values }: PackedReviews, index: number): ReviewRecord {
	return reviewFromNumbers(itemIds[index] as string, values, index * FIELD_COUNT);
}

/** How many reviews a page holds. @example reviewCount(page) === page.itemIds.length */
export function reviewCount(page: PackedReviews): number {
	return page.itemIds.length;
}

/** Packed reviews (a page's, say) as records, oldest first. @example unpackReviews(page)[0].log */
export function unpackReviews(page: PackedReviews): ReviewRecord[] {
	return page.itemIds.map((_, index) => reviewAt(page, index));
}

/** @example packReviews(reviews).itemIds.length === reviews.length */
export function packReviews(reviews: readonly ReviewRecord[]): PackedReviews {
	const values = new Float64Array(reviews.length * FIELD_COUNT);
	reviews.forEach((review, index) => values.set(reviewNumbers(review), index * FIELD_COUNT));
	return { itemIds: reviews.map((review) => review.itemId), values };
}

/**
 * Packs rows that hold an item id and then a review's numbers, in the order of `reviewFields` (a
 * backup file's tuples, already checked); null stands for a missing date.
 * @example packRows([['timeline-3', 1740819600000, 3, ...]])
 */
export function packRows(rows: readonly (readonly unknown[])[]): PackedReviews {
	const values = new Float64Array(rows.length * FIELD_COUNT);
	const itemIds = rows.map((row, index) => {
		for (let field = 0; field < FIELD_COUNT; field++) {
			values[index * FIELD_COUNT + field] = (row[field + 1] as number | null) ?? Number.NaN;
		}
		return row[0] as string;
	});
	return { itemIds, values };
}

/** Several packed logs one after the other. @example joinReviews([log, fromFile]) */
export function joinReviews(parts: readonly PackedReviews[]): PackedReviews {
	const values = new Float64Array(parts.reduce((sum, part) => sum + part.values.length, 0));
	let at = 0;
	for (const part of parts) {
		values.set(part.values, at);
		at += part.values.length;
	}
	return { itemIds: parts.flatMap((part) => part.itemIds), values };
}

/** The reviews `keep` accepts, in order. @example pickReviews(log, (index) => index % 2 === 0) */
export function pickReviews(
	packed: PackedReviews,
	keep: (index: number) => boolean
): PackedReviews {
	const kept = packed.itemIds.flatMap((_, index) => (keep(index) ? [index] : []));
	const values = new Float64Array(kept.length * FIELD_COUNT);
	kept.forEach((index, position) => {
		const from = index * FIELD_COUNT;
		values.set(packed.values.subarray(from, from + FIELD_COUNT), position * FIELD_COUNT);
	});
	return { itemIds: kept.map((index) => packed.itemIds[index] as string), values };
}

/**
 * What makes a review the same review (see reviewIdentity in backup-schema.ts, which it equals),
 * read from packed numbers. @example reviewIdentityAt(log, 0) === '1740819600000 3 timeline-3'
 */
export function reviewIdentityAt({ itemIds, values }: PackedReviews, index: number): string {
	const at = index * FIELD_COUNT;
	return `${values[at]} ${values[at + 1]} ${itemIds[index]}`;
}

/** A review's time in ms, read without a Date. @example reviewTimeAt(log, 0) === 1740819600000 */
export function reviewTimeAt({ values }: PackedReviews, index: number): number {
	return values[index * FIELD_COUNT] as number;
}

/**
 * The fields a tally counts, review by review, made as they are used rather than kept.
 * @example tallyReviews(logsOf(packed))
 */
export function* logsOf(
	packed: PackedReviews
): Generator<Pick<ReviewLog, 'review' | 'rating' | 'state'>> {
	const { values } = packed;
	for (let at = 0; at < values.length; at += FIELD_COUNT) {
		yield {
			review: new Date(values[at] as number),
			rating: values[at + 1] as Grade,
			state: values[at + 2] as State
		};
	}
}

/**
 * Splits packed reviews, in order, into pages of `PAGE_CAPACITY` numbered from `firstId`.
 * @example paginate(log, 0).length === Math.ceil(reviewCount(log) / PAGE_CAPACITY)
 */
export function paginate(packed: PackedReviews, firstId = 0): ReviewPage[] {
	const pages: ReviewPage[] = [];
	for (let start = 0; start < reviewCount(packed); start += PAGE_CAPACITY) {
		const end = Math.min(start + PAGE_CAPACITY, reviewCount(packed));
		pages.push({ id: firstId + pages.length, ...sliceReviews(packed, start, end) });
	}
	return pages;
}

function sliceReviews({ itemIds, values }: PackedReviews, start: number, end: number) {
	return {
		itemIds: itemIds.slice(start, end),
		values: values.slice(start * FIELD_COUNT, end * FIELD_COUNT)
	};
}

/**
 * A whole log's pages (an import's), laid out as commits leave them: full pages, then what is
 * left, then an open last page of 1 to `OPEN_PAGE_CAPACITY` reviews. The next commit then reads
 * and rewrites only that small page; a large last page would be read by every commit.
 * @example logPages(log).map(reviewCount) // 5,126 reviews: [2048, 2048, 1024, 6]
 */
export function logPages(packed: PackedReviews): ReviewPage[] {
	const total = reviewCount(packed);
	if (total === 0) return [];
	const open = ((total - 1) % OPEN_PAGE_CAPACITY) + 1;
	const closed = paginate(sliceReviews(packed, 0, total - open));
	return [...closed, { id: closed.length, ...sliceReviews(packed, total - open, total) }];
}

/**
 * Packs reviews, in order, into pages numbered from `firstId`.
 * @example encodeReviews(reviews, 0).length === Math.ceil(reviews.length / PAGE_CAPACITY)
 */
export function encodeReviews(reviews: readonly ReviewRecord[], firstId = 0): ReviewPage[] {
	return paginate(packReviews(reviews), firstId);
}

/** The pages to store to add a review to the log (all others stay as they are). */
export interface PageWrites {
	put: ReviewPage[];
}

function joined(first: ReviewPage, second: ReviewPage): ReviewPage {
	return { id: first.id, ...joinReviews([first, second]) };
}

/**
 * What to store to append `review` to the log. `last` is its last page. When `last` is full (holds
 * `OPEN_PAGE_CAPACITY` or more), the review starts a new last page; and if `last` is a page that
 * just filled up (`joinsBefore`), it first joins `beforeLast`, the page before it, when the two fit
 * in `PAGE_CAPACITY`. Larger last pages (the version 2 upgrade wrote them) are never read again to join.
 * @example const { put } = appendReview(last, review, joinsBefore(last) ? beforeLast : undefined);
 */
export function appendReview(
	last: ReviewPage | undefined,
	review: ReviewRecord,
	beforeLast?: ReviewPage
): PageWrites {
	const [alone] = encodeReviews([review], last ? last.id + 1 : 0) as [ReviewPage];
	if (!last) return { put: [alone] };
	if (!isFull(last)) return { put: [joined(last, alone)] };
	if (
		beforeLast &&
		joinsBefore(last) &&
		reviewCount(beforeLast) + reviewCount(last) <= PAGE_CAPACITY
	) {
		return { put: [joined(beforeLast, last), { ...alone, id: last.id }] };
	}
	return { put: [alone] };
}

/** Whether the next review goes to a new page (see appendReview). */
export function isFull(last: ReviewPage): boolean {
	return reviewCount(last) >= OPEN_PAGE_CAPACITY;
}

/**
 * Whether appendReview needs the page before `last`: only a last page that has just filled up
 * joins it, so the large page before it is read once per `OPEN_PAGE_CAPACITY` reviews.
 * @example const beforeLast = joinsBefore(last) ? await pages.get(last.id - 1) : undefined;
 */
export function joinsBefore(last: ReviewPage): boolean {
	return last.id > 0 && reviewCount(last) === OPEN_PAGE_CAPACITY;
}

/**
 * Each review of a page as its item id followed by its numbers, in the order of `reviewFields` (a
 * missing date is NaN, which JSON writes as null): the rows a backup file holds, made without a
 * Date or record per review.
 * @example JSON.stringify(pageRows(page)) // [["timeline-3",1740819600000,3,2,...],...]
 */
export function pageRows({ itemIds, values }: PackedReviews): (string | number)[][] {
	return itemIds.map((itemId, index) => {
		const row: (string | number)[] = [itemId];
		for (let at = index * FIELD_COUNT; row.length <= FIELD_COUNT; at++)
			row.push(values[at] as number);
		return row;
	});
}

/**
 * The page without its review at `index` (undefined when it was the only one), and that review.
 * @example const { review, rest } = removeAt(page, reviewCount(page) - 1); // the newest
 */
export function removeAt(
	page: ReviewPage,
	index: number
): { review: ReviewRecord; rest: ReviewPage | undefined } {
	const count = reviewCount(page);
	if (index < 0 || index >= count)
		throw new RangeError(`review page ${page.id} has no review ${index}`);
	const review = reviewAt(page, index);
	if (count === 1) return { review, rest: undefined };
	const keep = (at: number) => at !== index;
	return { review, rest: { id: page.id, ...pickReviews(page, keep) } };
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
	return removeAt(page, reviewCount(page) - 1);
}
