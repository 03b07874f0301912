export type Role = 'COACH' | 'ATHLETE' | 'ANALYST' | 'ADMIN';

export interface NavItem {
  href: string;
  label: string;
}

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
  ADMIN: [],
};

/** What each role sees in the navigation; admins see everything once, in role order. */
export function navigationFor(role: Role): NavItem[] {
  if (role !== 'ADMIN') return NAV[role];
  const seen = new Set<string>();
  return (['COACH', 'ATHLETE', 'ANALYST'] as const).flatMap((r) => NAV[r]).filter((item) => !seen.has(item.href) && seen.add(item.href));
}
