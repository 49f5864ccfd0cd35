import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { fileURLToPath } from 'node:url';
import svelteConfig from '../svelte.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/paraglide/',
			'tests/.output/',
			'questions/schema.json'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, with better messages.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		// Text from questions, backups, links and codes reaches the page only as text, and nothing
		// turns text into code (docs/reliability.md, "Safe with hostile input"); `{@html}` is
		// refused by svelte/no-at-html-tags above.
		files: ['src/**/*.ts', 'src/**/*.svelte', 'src/**/*.js'],
		ignores: ['src/lib/paraglide/'],
		rules: {
			'no-eval': 'error',
			'no-implied-eval': 'error',
			'no-new-func': 'error',
			'no-restricted-properties': [
				'error',
				{ object: 'document', property: 'write', message: 'Build elements, not HTML text.' },
				{ object: 'document', property: 'writeln', message: 'Build elements, not HTML text.' }
			],
			'no-restricted-syntax': [
				'error',
				{
					selector:
						'MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML|srcdoc|createContextualFragment)$/]',
					message: 'Set textContent or build elements: text must never be parsed as HTML.'
				}
			]
		}
	},
	{
		// Specs take `test` from tests/e2e/test.ts, which fails a test that breaks the CSP.
		files: ['tests/e2e/**/*.ts'],
		ignores: ['tests/e2e/test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '@playwright/test',
							importNames: ['test', 'expect'],
							message: "Import test and expect from './test' (it checks the CSP)."
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: root,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
