import { describe, expect, it } from 'vitest';
import { sectionOf, sections } from './navigation';

describe('sectionOf', () => {
	it('maps every section to itself and deeper paths to their section', () => {
		for (const section of sections) expect(sectionOf(section.href)).toBe(section.href);
		expect(sectionOf('/study/honduras')).toBe('/study');
		expect(sectionOf('/sets/timeline')).toBe('/sets');
	});

	it('places quizzes under Sets and shared quizzes under Classroom', () => {
		expect(sectionOf('/quiz/timeline')).toBe('/sets');
		expect(sectionOf('/take')).toBe('/classroom');
	});

	it('falls back to Today for unknown paths', () => {
		expect(sectionOf('/nowhere')).toBe('/');
	});
});
