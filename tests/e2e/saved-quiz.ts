/**
 * A classroom quiz saved straight into the teacher's database, with its items read from the set
 * files, so the collect, present and print screens can be tested on their own.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ClassroomQuiz } from '../../src/lib/classroom/classroom-quiz';
import type { Item, QuestionSet } from '../../src/lib/content/schema';

/** An mcq, a true-or-false, a typed, an order and a match item. */
const ITEM_IDS = [
	'el-salvador-3',
	'el-salvador-7',
	'el-salvador-9',
	'el-salvador-19',
	'el-salvador-17'
];

const elSalvador = JSON.parse(
	readFileSync('questions/sets/el-salvador.json', 'utf8')
) as QuestionSet;

export const savedQuiz: ClassroomQuiz = {
	id: 'c0ffee123456',
	title: 'Week 3: El Salvador',
	createdAt: new Date('2026-03-02T08:00:00Z'),
	itemIds: ITEM_IDS,
	contentVersion: '000000000000',
	seed: 7,
	settings: {
		shuffleQuestions: false,
		shuffleOptions: false,
		feedback: 'end',
		showAnswers: true,
		timeLimitMinutes: null
	},
	selection: { setIds: ['el-salvador'], tags: [], types: [], levels: [], count: 5 }
};

/** The quiz's items in its order. */
export const savedQuizItems: Item[] = ITEM_IDS.map((id) =>
	elSalvador.items.find((item) => item.id === id)!
);

/** Opens the app (which creates the database) and stores {@link savedQuiz} in it. */
export async function saveQuiz(page: Page): Promise<void> {
	await page.goto('/classroom');
	await page.getByRole('heading', { level: 1 }).waitFor();
	await page.evaluate(async (quiz) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('repaso');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('quizzes', 'readwrite');
			tx.objectStore('quizzes').put({ ...quiz, createdAt: new Date(quiz.createdAt) });
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, savedQuiz);
}
