/** Saves a quiz's results as a CSV file; papaparse is imported only when a teacher exports. */
import type { CollectedResult } from '$lib/classroom/collect';
import { CSV_OPTIONS, resultRows } from '$lib/classroom/results-csv';
import type { Item } from '$lib/content/schema';
import { m } from '$lib/paraglide/messages.js';

export async function downloadCsv(
	title: string,
	items: readonly Item[],
	results: readonly CollectedResult[]
): Promise<void> {
	const { default: Papa } = await import('papaparse');
	const rows = resultRows(items, results, {
		name: m.collect_name(),
		startedAt: m.collect_started(),
		seconds: m.collect_seconds(),
		score: m.collect_score(),
		total: m.collect_total(),
		question: (number, prompt) => m.collect_question_heading({ number, prompt })
	});
	// A byte-order mark so spreadsheet apps read the accents as UTF-8.
	const blob = new Blob(['\ufeff', Papa.unparse(rows, CSV_OPTIONS)], {
		type: 'text/csv;charset=utf-8'
	});
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'quiz'}.csv`;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
