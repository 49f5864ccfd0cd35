/** How each level reads in the interface: on item cards and in filters (quiz setup, classroom). */
import { m } from '$lib/paraglide/messages.js';
import type { Level } from './schema';

export const levelLabels: Record<Level, () => string> = {
	recall: m.level_recall,
	understand: m.level_understand,
	analyse: m.level_analyse
};
