/**
 * `npm run content:print`: every set as plain text, answers marked, for proofreading on paper or
 * in a pager. Sets with schema errors are named, not printed; `content:check` says what is wrong.
 */
import * as v from 'valibot';
import { QuestionSet, activeItems, levels, type Item } from '../src/lib/content/schema';
import { isMain, projectRoot, readBankFiles } from './content-files';

const indent = (text: string, by = '  ') => text.replace(/^(?=.)/gmu, by);

function answerLines(item: Item): string[] {
	switch (item.type) {
		case 'flashcard':
			return [`Back: ${item.back}`];
		case 'mcq':
			return ['Options:', ...item.options.map((o) => `  ${o === item.answer ? '✓' : '·'} ${o}`)];
		case 'multi':
			return [
				'Options:',
				...item.options.map((o) => `  ${item.answers.includes(o) ? '✓' : '·'} ${o}`)
			];
		case 'truefalse':
			return [`Answer: ${item.answer ? 'true' : 'false'}`];
		case 'cloze':
		case 'typed':
			return [
				`Answer: ${item.answer}`,
				...(item.accept?.length ? [`Also accepted: ${item.accept.join(' | ')}`] : [])
			];
		case 'order':
			return ['Order:', ...item.events.map((e, i) => `  ${i + 1}. ${e.year}: ${e.text}`)];
		case 'match':
			return ['Pairs:', ...item.pairs.map((p) => `  ${p.left} → ${p.right}`)];
	}
}

function formatItem(item: Item): string {
	return [
		`${item.id} · ${item.type} · ${item.level} · difficulty ${item.difficulty} · ${item.tags.join(', ')}`,
		indent(
			[
				...(item.retired === undefined ? [] : [`RETIRED: ${item.retired}`]),
				`Prompt: ${item.prompt}`,
				...answerLines(item),
				`Quote (${item.source.section}): “${item.source.quote}”`,
				`Explanation: ${item.explanation}`
			].join('\n')
		)
	].join('\n');
}

/**
 * One set as readable text: title, description and notes, then every item with its answer marked.
 *
 * @example formatSet(honduras) // → 'honduras — Honduras…\n…\nhonduras-1 · mcq · difficulty 1 · …'
 */
/**
 * The active items per level, and how many are retired.
 *
 * @example levelLine(items) // → 'Levels: recall 9 · understand 8 · analyse 4; retired 3'
 */
export function levelLine(items: readonly Item[]): string {
	const active = activeItems(items);
	const counts = levels.map(
		(level) => `${level} ${active.filter((item) => item.level === level).length}`
	);
	return `Levels: ${counts.join(' · ')}; retired ${items.length - active.length}`;
}

export function formatSet(set: QuestionSet): string {
	const heading = `${set.id} — ${set.title} (${activeItems(set.items).length} items)`;
	return [
		heading,
		'='.repeat(heading.length),
		levelLine(set.items),
		set.description,
		'',
		'Notes:',
		indent(set.notes),
		'',
		...set.items.map((item) => `${formatItem(item)}\n`)
	].join('\n');
}

/** Every set under `root`, or a pointer to `content:check` for a file that is not a valid set. */
export async function printBank(root: string): Promise<string> {
	const { files, unreadable } = await readBankFiles(root);
	const printed = files.map(({ path, json }) => {
		const parsed = v.safeParse(QuestionSet, json);
		return parsed.success
			? formatSet(parsed.output)
			: `${path}: not printed, it has schema errors (run npm run content:check)\n`;
	});
	const skipped = unreadable.map(({ file }) => `${file}: not printed, it is not valid JSON\n`);
	const all = files.flatMap(({ json }) => {
		const parsed = v.safeParse(QuestionSet, json);
		return parsed.success ? parsed.output.items : [];
	});
	return [...printed, ...skipped, `Whole bank: ${levelLine(all)}\n`].join('\n');
}

if (isMain(import.meta.url)) {
	process.stdout.write(await printBank(projectRoot));
}
