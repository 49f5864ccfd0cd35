/**
 * Backups of any length, written in Node the way the app writes them (version 2, the checksum over
 * `data` as JSON.stringify writes it), for the tests of large imports.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const DAY_MS = 86_400_000;

/** Every item of the question bank, with its set. */
export function bankItems(): { itemId: string; setId: string }[] {
	const folder = new URL('../../questions/sets/', import.meta.url);
	return readdirSync(folder)
		.sort()
		.flatMap((file) => {
			const set = JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as {
				id: string;
				items: { id: string }[];
			};
			return set.items.map((item) => ({ itemId: item.id, setId: set.id }));
		});
}

/**
 * A valid backup of the whole bank with `reviews` reviews, the bank's cards in turn, `spacingMs`
 * apart and ending at `end`: each card in Review state, its reps its number of reviews.
 *
 * @example largeBackup(500_000, { end: Date.now() - 60_000 })
 */
export function largeBackup(
	reviews: number,
	{ end, spacingMs = 10_000 }: { end: number; spacingMs?: number }
): string {
	const items = bankItems();
	const start = end - (reviews - 1) * spacingMs;
	const tuples: unknown[] = [];
	const reps = new Map<string, { count: number; last: number }>();
	for (let index = 0; index < reviews; index++) {
		const { itemId } = items[index % items.length] as { itemId: string };
		const time = start + index * spacingMs;
		const before = reps.get(itemId);
		reps.set(itemId, { count: (before?.count ?? 0) + 1, last: time });
		// A Good review of a card in Review state, due a day later.
		tuples.push([itemId, time, 3, 2, time + DAY_MS, 5, 5, 1, 1, 1, 0, time]);
	}
	const cards = items
		.map(({ itemId, setId }) => {
			const studied = reps.get(itemId);
			const due = new Date((studied?.last ?? end) + DAY_MS).toISOString();
			const card = studied
				? {
						due,
						stability: 5,
						difficulty: 5,
						elapsed_days: 1,
						scheduled_days: 1,
						learning_steps: 0,
						reps: studied.count,
						lapses: 0,
						state: 2,
						last_review: new Date(studied.last).toISOString()
					}
				: {
						due,
						stability: 0,
						difficulty: 0,
						elapsed_days: 0,
						scheduled_days: 0,
						learning_steps: 0,
						reps: 0,
						lapses: 0,
						state: 0
					};
			return { itemId, setId, card, suspended: false };
		})
		.sort((a, b) => (a.itemId < b.itemId ? -1 : 1));
	return backupText({ cards, reviews: tuples, settings: {}, quizzes: [], results: [] }, end);
}

/** A backup file of `data` as the app writes it: the header, then `data` with its checksum. */
export function backupText(data: object, exportedAt: number): string {
	const dataText = JSON.stringify(data);
	const header = {
		format: 'repaso-backup',
		version: 2,
		exportedAt: new Date(exportedAt).toISOString(),
		checksum: createHash('sha256').update(dataText).digest('hex')
	};
	return `${JSON.stringify(header).slice(0, -1)},"data":${dataText}}`;
}
