/**
 * How a class did on each question: the share who got it right and the wrong answer chosen most,
 * what a teacher looks at to decide what to teach again.
 */
import type { Item } from '$lib/content/schema';
import type { ClassroomResult } from './result-code';

export interface ItemStats {
	item: Item;
	/** Students who answered it. */
	answered: number;
	correct: number;
	/** Correct over all students; null with no students. */
	shareCorrect: number | null;
	/**
	 * The wrong choice picked most (the option's index for mcq, 0 True / 1 False for truefalse) and
	 * by how many; null for other types, or when nobody chose a wrong option. Ties go to the first.
	 */
	commonWrong: { choice: number; count: number } | null;
}

/**
 * @example itemAnalysis(items, results)[0] // → { item, answered: 28, correct: 21, shareCorrect: 0.75, commonWrong: { choice: 2, count: 5 } }
 */
export function itemAnalysis(
	items: readonly Item[],
	results: readonly ClassroomResult[]
): ItemStats[] {
	return items.map((item, index) => {
		const outcomes = results.map((result) => result.answers[index]!);
		const wrongCounts = new Map<number, number>();
		for (const outcome of outcomes) {
			if (outcome.answered && !outcome.correct && outcome.choice !== null) {
				wrongCounts.set(outcome.choice, (wrongCounts.get(outcome.choice) ?? 0) + 1);
			}
		}
		let commonWrong: ItemStats['commonWrong'] = null;
		for (const [choice, count] of [...wrongCounts].sort((a, b) => a[0] - b[0])) {
			if (!commonWrong || count > commonWrong.count) commonWrong = { choice, count };
		}
		const correct = outcomes.filter((outcome) => outcome.correct).length;
		return {
			item,
			answered: outcomes.filter((outcome) => outcome.answered).length,
			correct,
			shareCorrect: results.length ? correct / results.length : null,
			commonWrong
		};
	});
}

/**
 * The text of a choice as an outcome records it.
 *
 * @example choiceText(mcq, 2, labels) // → mcq.options[2]
 */
export function choiceText(
	item: Item,
	choice: number,
	labels: { true: string; false: string }
): string {
	if (item.type === 'mcq') return item.options[choice] ?? '';
	if (item.type === 'truefalse') return choice === 0 ? labels.true : labels.false;
	return '';
}
