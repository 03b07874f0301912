import { describe, expect, it } from 'vitest';
import { SEARCH_SHOWN, visibleResults } from './explorer-search';

describe('visibleResults', () => {
  const found = (n: number) => Array.from({ length: n }, (_, i) => `ex-${i}`);

  it('should list every result, and say nothing is cut, when the search found at most the shown count', () => {
    expect(visibleResults(found(3))).toEqual({ items: found(3), more: false });
    expect(visibleResults(found(SEARCH_SHOWN))).toEqual({ items: found(SEARCH_SHOWN), more: false });
  });

  it('should list the first ones and say there are more when the extra result came back', () => {
    const r = visibleResults(found(SEARCH_SHOWN + 1));
    expect(r.items).toEqual(found(SEARCH_SHOWN));
    expect(r.more).toBe(true);
  });
});
