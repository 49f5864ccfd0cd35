/** Study streaks: consecutive study days with at least one review. */

/**
 * How many study days in a row, ending today, had a review. A streak still counts while today is
 * not yet studied, as long as yesterday was: the learner has until the day ends.
 * @param reviewsPerDay reviews per consecutive study day, oldest first, today last
 * @example streakOf([3, 0, 5, 2, 0]) === 2 // today not studied yet; the two days before were
 */
export function streakOf(reviewsPerDay: readonly number[]): number {
	const studied = (index: number) => (reviewsPerDay[index] ?? 0) > 0;
	let day = reviewsPerDay.length - 1;
	if (!studied(day)) day--;
	let streak = 0;
	while (day - streak >= 0 && studied(day - streak)) streak++;
	return streak;
}
