import { describe, expect, it } from 'vitest';
import { mayVisit } from './role-access';
import { navigationFor, type Role } from './role-navigation';

const ROLES: Role[] = ['COACH', 'ATHLETE', 'ANALYST', 'ADMIN'];

describe('mayVisit', () => {
  it.each(ROLES)('lets %s visit every page of its own navigation', (role) => {
    const hrefs = navigationFor(role).map((item) => item.href);
    expect(hrefs.length).toBeGreaterThan(1);
    expect(hrefs.filter((href) => !mayVisit(role, href))).toEqual([]);
  });

  it("keeps an athlete off the coach's, analyst's, admin's and models pages", () => {
    for (const path of ['/coach', '/coach/athletes/ada', '/coach/programs/new', '/analyst/graph', '/admin', '/models'])
      expect(mayVisit('ATHLETE', path), path).toBe(false);
    expect(mayVisit('ATHLETE', '/athlete/progress')).toBe(true);
  });

  it('keeps a coach off the admin and analyst pages, and matches whole path segments only', () => {
    expect(mayVisit('COACH', '/admin')).toBe(false);
    expect(mayVisit('COACH', '/analyst/console')).toBe(false);
    expect(mayVisit('COACH', '/coachx')).toBe(false);
    expect(mayVisit('ADMIN', '/coach/athletes/ada')).toBe(true);
  });
});
