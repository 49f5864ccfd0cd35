/**
 * A made-up learner's year of study, produced through the app's own Scheduler so every card and
 * review has exactly the shape the app stores. Seeded: the same shape gives the same records.
 */
import { createEmptyCard, Rating, type Grade } from 'ts-fsrs';
import { mulberry32, type Random } from '$lib/quiz/shuffle';
import { Scheduler } from '$lib/srs/scheduler';
import { defaultSettings } from '$lib/srs/settings';
import type { CardRecord, ReviewRecord } from '$lib/srs/types';

export interface LearnerShape {
	cards: number;
	/** The moment the data is generated for: every review lies in the year before it. */
	now: Date;
	seed: number;
}

export interface LearnerChunk {
	cards: CardRecord[];
	reviews: ReviewRecord[];
}

export const cardsPerSet = 200;
/** Cards added to the bank but never studied yet. */
const neverStudiedShare = 0.1;
/** The learner's recall of a card, fixed per card: hard cards lapse often, easy ones seldom. */
const recallRange = { min: 0.65, max: 0.97 } as const;
/** Closing a session leaves a card in (re)learning until the next day. */
const leaveSessionChance = 0.25;
/** Now and then the learner takes a break of up to two weeks. */
const breakChance = 0.05;

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;
const yearMs = 365 * dayMs;

/** The app's seeded generator, reused: good enough to spread test data. */
export const seededRandom = mulberry32;

function between(random: Random, min: number, max: number): number {
	return min + random() * (max - min);
}

function gradeFor(recall: number, random: Random): Grade {
	if (random() >= recall) return Rating.Again;
	const feel = random();
	return feel < 0.15 ? Rating.Hard : feel < 0.9 ? Rating.Good : Rating.Easy;
}

/** When the learner next sees a card: soon after it is due, unless a session or a break ends first. */
function nextVisit(record: CardRecord, reviewedAt: number, random: Random): number {
	const due = record.card.due.getTime();
	if (due - reviewedAt < dayMs) {
		return random() < leaveSessionChance
			? due + between(random, 8 * hourMs, 32 * hourMs)
			: due + between(random, 0, 5 * minuteMs);
	}
	const pause = random() < breakChance ? between(random, dayMs, 14 * dayMs) : 0;
	return due + between(random, 0, dayMs) + pause;
}

function itemOf(index: number): Pick<CardRecord, 'itemId' | 'setId'> {
	const setId = `set-${String(Math.floor(index / cardsPerSet)).padStart(3, '0')}`;
	return { setId, itemId: `${setId}-item-${String(index % cardsPerSet).padStart(3, '0')}` };
}

function studyCard(index: number, scheduler: Scheduler, now: number, random: Random): LearnerChunk {
	const createdAt = now - random() * yearMs;
	let record: CardRecord = {
		...itemOf(index),
		card: createEmptyCard(new Date(createdAt)),
		suspended: false,
		// Items are generated in bank order, as reconciliation would rank them.
		bankRank: index
	};
	const reviews: ReviewRecord[] = [];
	if (random() < neverStudiedShare) return { cards: [record], reviews };
	const recall = between(random, recallRange.min, recallRange.max);
	for (let at = createdAt; at < now; at = nextVisit(record, at, random)) {
		const step = scheduler.reviewRecord(record, gradeFor(recall, random), new Date(at));
		record = step.record;
		reviews.push(step.review);
	}
	return { cards: [record], reviews };
}

/**
 * The learner's cards and reviews, a chunk of cards (with all their reviews) at a time so that
 * large shapes never sit in memory whole.
 * @example for (const chunk of generateLearner({ cards: 10_000, now, seed: 1 })) await write(chunk);
 */
export function* generateLearner(shape: LearnerShape, chunkCards = 500): Generator<LearnerChunk> {
	const scheduler = new Scheduler(defaultSettings());
	const random = seededRandom(shape.seed);
	const now = shape.now.getTime();
	for (let start = 0; start < shape.cards; start += chunkCards) {
		const chunk: LearnerChunk = { cards: [], reviews: [] };
		for (let index = start; index < Math.min(shape.cards, start + chunkCards); index++) {
			const card = studyCard(index, scheduler, now, random);
			chunk.cards.push(...card.cards);
			chunk.reviews.push(...card.reviews);
		}
		yield chunk;
	}
}
