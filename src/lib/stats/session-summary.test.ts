import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { summariseSession } from './session-summary';

describe('summariseSession', () => {
	it('counts every grade but Again as recalled, and adds up the time', () => {
		expect(
			summariseSession([
				{ rating: Rating.Good, studyMs: 8000 },
				{ rating: Rating.Again, studyMs: 12000 },
				{ rating: Rating.Hard, studyMs: 5000 },
				{ rating: Rating.Easy, studyMs: 1000 }
			])
		).toEqual({ reviewed: 4, recalled: 3, accuracy: 0.75, studyMs: 26000 });
	});

	it('has no accuracy before the first review', () => {
		expect(summariseSession([])).toEqual({ reviewed: 0, recalled: 0, accuracy: null, studyMs: 0 });
	});
});
