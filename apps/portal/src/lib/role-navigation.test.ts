import { describe, expect, it } from 'vitest';
import { navigationFor } from './role-navigation.js';

describe('navigationFor', () => {
  it('should give an athlete only athlete pages and their settings', () => {
    const hrefs = navigationFor('ATHLETE').map((i) => i.href);
    expect(hrefs.filter((h) => h !== '/settings').every((h) => h.startsWith('/athlete'))).toBe(true);
    expect(hrefs.at(-1)).toBe('/settings');
  });

  it('should give an admin every page exactly once, their own first and settings last', () => {
    const hrefs = navigationFor('ADMIN').map((i) => i.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs).toEqual(expect.arrayContaining(['/coach', '/athlete', '/analyst/graph', '/models', '/settings']));
    expect(hrefs[0]).toBe('/admin');
    expect(hrefs.at(-1)).toBe('/settings');
  });

  it('should keep the admin page from every other role', () => {
    for (const role of ['COACH', 'ATHLETE', 'ANALYST'] as const) expect(navigationFor(role).map((i) => i.href)).not.toContain('/admin');
  });
});
