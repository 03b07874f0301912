export type Role = 'COACH' | 'ATHLETE' | 'ANALYST' | 'ADMIN';

export interface NavItem {
  href: string;
  label: string;
}

/** Every signed-in user's own settings (preferences, password, sessions); last in every navigation. */
const SETTINGS: NavItem = { href: '/settings', label: 'Settings' };

const NAV: Record<Role, NavItem[]> = {
  COACH: [
    { href: '/coach', label: 'Roster' },
    { href: '/coach/programs/new', label: 'Program builder' },
    { href: '/coach/import', label: 'Import log' },
    { href: '/models', label: 'Models' },
  ],
  ATHLETE: [
    { href: '/athlete', label: 'This week' },
    { href: '/athlete/progress', label: 'Progress' },
  ],
  ANALYST: [
    { href: '/analyst/console', label: 'GraphQL console' },
    { href: '/analyst/graph', label: 'Exercise graph' },
    { href: '/models', label: 'Models' },
  ],
  // Admins get every role's pages below their own.
  ADMIN: [{ href: '/admin', label: 'Organisations and users' }],
};

/** What each role sees in the navigation; admins see their page, then everything else once, in role order. */
export function navigationFor(role: Role): NavItem[] {
  if (role !== 'ADMIN') return [...NAV[role], SETTINGS];
  const seen = new Set<string>();
  return (['ADMIN', 'COACH', 'ATHLETE', 'ANALYST'] as const)
    .flatMap((r) => NAV[r])
    .concat(SETTINGS)
    .filter((item) => !seen.has(item.href) && seen.add(item.href));
}
