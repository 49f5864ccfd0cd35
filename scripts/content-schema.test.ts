import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemTypes } from '../src/lib/content/schema';
import { projectRoot } from './content-files';
import { SCHEMA_FILE, questionSetJsonSchema, schemaFileText } from './content-schema';

describe('questions/schema.json', () => {
	it('is exactly what scripts/content-schema.ts generates now (run npm run content:schema)', async () => {
		const committed = await readFile(resolve(projectRoot, SCHEMA_FILE), 'utf8');
		expect(committed).toBe(await schemaFileText(projectRoot));
	});

	it('describes every item type and forbids blank or padded text', () => {
		const schema = questionSetJsonSchema() as {
			properties: {
				title: { pattern: string };
				items: { items: { oneOf: { properties: { type: { const: string } } }[] } };
			};
		};
		const types = schema.properties.items.items.oneOf.map((option) => option.properties.type.const);
		expect(types).toEqual([...itemTypes]);
		const text = new RegExp(schema.properties.title.pattern, 'u');
		expect(['Title', 'Two\n\nlines'].every((value) => text.test(value))).toBe(true);
		expect(['', '  ', ' padded', 'padded '].some((value) => text.test(value))).toBe(false);
	});
});
