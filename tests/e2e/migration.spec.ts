import { expect, test } from './test';
import { v1Stores } from '../../src/lib/storage/v1-fixture';
import { readDatabase } from './database';

/**
 * A learner of the first release (schema version 1: one record per review) opens this version:
 * Chromium's real IndexedDB runs the upgrade, and nothing is lost.
 */
test('a version 1 database is upgraded in the browser with its reviews and cards kept', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

	// Replace the app's database with one exactly as version 1 left it. Deleting it makes the app
	// let go of its connection (and ask for a reload).
	const reviewedAt = Date.now() - 60_000;
	await page.evaluate(
		async ({ reviewedAt, stores }) => {
			const done = (request: IDBRequest) =>
				new Promise((resolve, reject) => {
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
			await done(indexedDB.deleteDatabase('repaso'));
			const open = indexedDB.open('repaso', 1);
			open.onupgradeneeded = () => {
				for (const { name, keyPath, autoIncrement, indexes } of stores) {
					const store = open.result.createObjectStore(name, { keyPath, autoIncrement });
					for (const [index, path] of indexes) store.createIndex(index, path);
				}
			};
			const db = (await done(open)) as IDBDatabase;
			const day = 86_400_000;
			const tx = db.transaction(['cards', 'reviews', 'meta'], 'readwrite');
			tx.objectStore('cards').put({
				itemId: 'honduras-1',
				setId: 'honduras',
				suspended: false,
				card: {
					due: new Date(reviewedAt + 3 * day),
					stability: 3.2,
					difficulty: 5.1,
					elapsed_days: 0,
					scheduled_days: 3,
					learning_steps: 0,
					reps: 1,
					lapses: 0,
					state: 2,
					last_review: new Date(reviewedAt)
				}
			});
			tx.objectStore('reviews').add({
				itemId: 'honduras-1',
				log: {
					rating: 4,
					state: 0,
					due: new Date(reviewedAt),
					stability: 0,
					difficulty: 0,
					elapsed_days: 0,
					last_elapsed_days: 0,
					scheduled_days: 0,
					learning_steps: 0,
					review: new Date(reviewedAt)
				},
				previousDue: new Date(reviewedAt)
			});
			tx.objectStore('meta').put(1, 'schemaVersion');
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onabort = () => reject(tx.error);
			});
			db.close();
		},
		{ reviewedAt, stores: v1Stores }
	);

	await page.reload();
	await expect(page.getByText('1 reviews today')).toBeVisible();

	const stored = await readDatabase(page);
	const studied = stored.cards.find((card) => card.itemId === 'honduras-1');
	expect(stored.version).toBe(4);
	expect(stored.stores).toEqual([
		'attempts',
		'cardChanges',
		'cardPages',
		'meta',
		'quizHistory',
		'quizSessions',
		'quizzes',
		'results',
		'reviewPages',
		'reviewTallies',
		'settings'
	]);
	expect(stored.reviews).toEqual([
		{ itemId: 'honduras-1', log: { review: reviewedAt, rating: 4 } }
	]);
	// The studied card keeps its schedule; reconciliation added and ranked the rest of the bank.
	expect(studied?.reps).toBe(1);
	expect(stored.cards.length).toBeGreaterThan(100);
	expect(stored.cards.filter((card) => card.bankRank === undefined)).toEqual([]);
});
