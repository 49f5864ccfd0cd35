/** The app's main sections, in navigation order. Labels are message keys, resolved by the nav. */
export const sections = [
	{ href: '/', label: 'nav_today', icon: 'today' },
	{ href: '/study', label: 'nav_study', icon: 'study' },
	{ href: '/sets', label: 'nav_sets', icon: 'sets' },
	{ href: '/stats', label: 'nav_stats', icon: 'stats' },
	{ href: '/classroom', label: 'nav_classroom', icon: 'classroom' },
	{ href: '/settings', label: 'nav_settings', icon: 'settings' }
] as const;

export type Section = (typeof sections)[number];

/** Routes that belong to a section without sitting under its path. */
const aliases: Record<string, Section['href']> = { '/quiz': '/sets', '/take': '/classroom' };

/**
 * The section a path belongs to, for aria-current.
 * @example sectionOf('/study/honduras') === '/study'; sectionOf('/quiz/timeline') === '/sets'
 */
export function sectionOf(pathname: string): Section['href'] {
	const first = '/' + (pathname.split('/')[1] ?? '');
	if (first in aliases) return aliases[first] as Section['href'];
	return sections.find((section) => section.href === first)?.href ?? '/';
}
