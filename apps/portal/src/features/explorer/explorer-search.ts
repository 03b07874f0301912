/** Search results the explorer lists at once; one more is asked for, to know whether the list is cut. */
export const SEARCH_SHOWN = 10;

/**
 * The results to list from a search asked for `shown + 1` (the API gives no total count), and whether it
 * found more than are listed: the list is then labelled as the first `shown`, to refine.
 */
export function visibleResults<T>(results: readonly T[], shown: number = SEARCH_SHOWN): { items: readonly T[]; more: boolean } {
  return { items: results.slice(0, shown), more: results.length > shown };
}
