/**
 * docs/reliability.md names every package that ships to the browser, with why it is trusted: the
 * table must list exactly package.json's `dependencies`, at their pinned versions, so adding,
 * dropping or raising one cannot go unexplained.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** `name version` of each row of the table under "## Runtime dependencies". */
function documented(markdown: string): string[] {
	const section = markdown.split('## Runtime dependencies')[1]?.split(/\n#{2,3} /)[0] ?? '';
	return [...section.matchAll(/^\| `([^`]+)` ([^ |]+) +\|/gm)].map(
		([, name, version]) => `${name} ${version}`
	);
}

describe('the runtime dependencies in docs/reliability.md', () => {
	it('are exactly the dependencies of package.json, at their versions', () => {
		const { dependencies } = JSON.parse(read('package.json')) as {
			dependencies: Record<string, string>;
		};
		const pinned = Object.entries(dependencies).map(([name, version]) => `${name} ${version}`);
		expect(documented(read('docs/reliability.md')).sort()).toEqual(pinned.sort());
	});

	it('are pinned to one version each, so nothing changes without a commit', () => {
		const { dependencies } = JSON.parse(read('package.json')) as {
			dependencies: Record<string, string>;
		};
		for (const [name, version] of Object.entries(dependencies)) {
			expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
		}
	});
});
