import { describe, expect, it } from 'vitest';
import { athleteDetailOptions, athleteKeys, e1rmSeriesOptions, predictionsOptions, rosterOptions } from './athletes.queries';

describe('athleteKeys', () => {
  it('should nest every per-athlete key under the detail key so one invalidation refreshes the page', () => {
    const detail = athleteKeys.detail('a1');
    expect(athleteKeys.e1rm('a1', 'barbell-back-squat').slice(0, detail.length)).toEqual(detail);
    expect(athleteKeys.predictions('a1').slice(0, detail.length)).toEqual(detail);
  });

  it('should keep the roster and details under the shared athletes root', () => {
    expect(athleteKeys.roster()).toEqual(['athletes', 'roster']);
    expect(athleteKeys.detail('a1')).toEqual(['athletes', 'detail', 'a1']);
  });

  it('should give different athletes and exercises different keys', () => {
    expect(athleteKeys.e1rm('a1', 'x')).not.toEqual(athleteKeys.e1rm('a2', 'x'));
    expect(athleteKeys.e1rm('a1', 'x')).not.toEqual(athleteKeys.e1rm('a1', 'y'));
  });
});

describe('query option factories', () => {
  it('should use the factory keys so server prefetch and client hooks share the cache', () => {
    expect(rosterOptions().queryKey).toEqual(athleteKeys.roster());
    expect(athleteDetailOptions('a1').queryKey).toEqual(athleteKeys.detail('a1'));
    expect(e1rmSeriesOptions('a1', 'x').queryKey).toEqual(athleteKeys.e1rm('a1', 'x'));
    expect(predictionsOptions('a1').queryKey).toEqual(athleteKeys.predictions('a1'));
  });

  it('should send the typed document and variables through the given request function', async () => {
    const calls: unknown[][] = [];
    const request = (async (doc: unknown, vars: unknown) => {
      calls.push([String(doc), vars]);
      return {} as never;
    }) as Parameters<typeof athleteDetailOptions>[1];
    const options = athleteDetailOptions('a1', request);
    await (options.queryFn as unknown as () => Promise<unknown>)();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toMatch(/query AthleteDetail\(\$id: ID!\)/);
    expect(calls[0]?.[1]).toEqual({ id: 'a1' });
  });
});
