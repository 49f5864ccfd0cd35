import { contentVersion, setIndex } from 'virtual:repaso-content';
import {
	readFinishedAttempt,
	readTakeState,
	type FinishedAttempt,
	type TakeState
} from '$lib/classroom/attempt';
import { itemIdsAt, type BankMismatch } from '$lib/classroom/bank-positions';
import { decodeQuizLink, type QuizLink, type QuizLinkProblem } from '$lib/classroom/quiz-link';
import { loadSet } from '$lib/content/bank';
import type { Item } from '$lib/content/schema';
import {
	getAllAttempts,
	getAttempt,
	getQuizSession,
	takeSessionId,
	type RepasoDb
} from '$lib/storage';

export type TakeData =
	| { kind: 'none'; attempts: FinishedAttempt[] }
	| { kind: 'problem'; reason: QuizLinkProblem | BankMismatch }
	| {
			kind: 'quiz';
			link: QuizLink;
			payload: string;
			/** In the link's order. */
			items: Item[];
			state: TakeState | null;
			finished: FinishedAttempt | null;
	  };

/** The sets an item id belongs to: ids are `<set-id>-<n>`. */
const setOf = (itemId: string) => itemId.replace(/-\d+$/, '');

/**
 * Everything the take page needs for the link in `hash`: the quiz and the student's attempt at it,
 * or why it cannot be taken here. Nothing is written.
 */
export async function takeData(hash: string, db: RepasoDb | null): Promise<TakeData> {
	if (hash.replace('#', '') === '') {
		const attempts = db ? await getAllAttempts(db) : [];
		return { kind: 'none', attempts: attempts.map(readFinishedAttempt).filter((a) => a !== null) };
	}
	const decoded = decodeQuizLink(hash);
	if (!decoded.ok) return { kind: 'problem', reason: decoded.reason };
	const { link } = decoded;
	const located = itemIdsAt(link, { contentVersion, setIndex });
	if (!located.ok) return { kind: 'problem', reason: located.reason };
	const sets = await Promise.all([...new Set(located.itemIds.map(setOf))].map(loadSet));
	const byId = new Map(sets.flatMap((set) => set.items).map((item) => [item.id, item]));
	const items = located.itemIds.map((id) => byId.get(id)!);
	const [session, attempt] = db
		? await Promise.all([getQuizSession(db, takeSessionId(link.key)), getAttempt(db, link.key)])
		: [undefined, undefined];
	return {
		kind: 'quiz',
		link,
		payload: hash.slice(hash.lastIndexOf('#') + 1),
		items,
		state: session ? readTakeState(session.state) : null,
		finished: attempt ? readFinishedAttempt(attempt) : null
	};
}
