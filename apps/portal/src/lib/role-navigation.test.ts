import { describe, expect, it } from 'vitest';
import { navigationFor } from './role-navigation.js';

describe('navigationFor', () => {
  it('should give an athlete only athlete pages', () => {
    expect(navigationFor('ATHLETE').every((item) => item.href.startsWith('/athlete'))).toBe(true);
  });

  it('should give an admin every page exactly once', () => {
    const hrefs = navigationFor('ADMIN').map((i) => i.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs).toEqual(expect.arrayContaining(['/coach', '/athlete', '/analyst/graph', '/models']));
  });
});
