import { describe, expect, it } from 'vitest';
import { weekOneLoads } from './week-one-loads';

describe('weekOneLoads', () => {
  it('should count week 1 loads by source in a coach’s words, most first', () => {
    const sources = [...Array<string>(6).fill('default'), 'coach', ...Array<string>(10).fill('transfer')];
    expect(weekOneLoads(sources)).toBe(
      'Week 1 loads: 10 from a related lift you’ve logged, 6 first-time starting doses to work up from, 1 set by you',
    );
  });
  it('should say one dose in the singular and nothing when week 1 is empty', () => {
    expect(weekOneLoads(['default', 'gnn', 'gnn'])).toBe(
      'Week 1 loads: 2 from the athlete’s own trend, 1 first-time starting dose to work up from',
    );
    expect(weekOneLoads([])).toBeNull();
  });
});
