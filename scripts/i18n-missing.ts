/**
 * Lists the messages of en.json that es.json lacks (or has with other parameters), so whoever adds
 * a key can translate it: `npm run i18n:missing`. Exits with 1 while anything is left.
 */
import { readFileSync } from 'node:fs';
import { compareCatalogues } from '../src/lib/i18n/catalogue.ts';

const read = (locale: string) =>
	JSON.parse(
		readFileSync(new URL(`../src/lib/i18n/messages/${locale}.json`, import.meta.url), 'utf8')
	);
const en = read('en');
const { missing, extra, params } = compareCatalogues(en, read('es'));

for (const key of missing) console.log(`missing  ${key}: ${JSON.stringify(en[key])}`);
for (const key of extra) console.log(`extra    ${key} (not in en.json)`);
for (const { key, base, translation } of params) {
	console.log(
		`params   ${key}: en has {${base.join('}, {')}}, es has {${translation.join('}, {')}}`
	);
}
const count = missing.length + extra.length + params.length;
console.log(count === 0 ? 'es.json matches en.json.' : `${count} to fix in es.json.`);
process.exit(count === 0 ? 0 : 1);
