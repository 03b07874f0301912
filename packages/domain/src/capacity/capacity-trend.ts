import { dayNumber } from '../science/calendar-day.js';
import { CAPACITY_RULES, type Capacity, type CapacitySet, estimateCapacity } from './estimate-capacity.js';

/** The capacity on one exercise as of one session day: a point of the e1RM trend the portal charts. */
export interface CapacityTrendPoint {
  /** `YYYY-MM-DD` of a day with at least one set the estimate can read. */
  date: string;
  /** `estimateCapacity(every set up to and including that day, that day)`: e1RmKg with lowKg–highKg. */
  capacity: Capacity;
  /** That day's own best set, read with the same convention (its implied e1RM, before window, outliers and decay). */
  session: { e1RmKg: number; bestSet: Capacity['bestSet'] };
}

/**
 * The capacity estimate as of each session day of one exercise, oldest first: one point per day
 * with a set of load and 1–12 reps (days with none add no point). Each point equals
 * `estimateCapacity(sets up to that day, that day)`; since the day itself is then the last session,
 * only the sets of the `CAPACITY_RULES.windowDays` before it can matter, so each estimate reads that
 * slice alone (a sliding window over the sorted sets): O(n log n) for the sort plus the window's size
 * per day, not O(n) per day.
 */
export function capacityTrend(sets: readonly CapacitySet[]): CapacityTrendPoint[] {
  const sorted = sets.map((set) => ({ set, day: dayNumber(set.date) })).sort((a, b) => a.day - b.day);
  const ordered = sorted.map((s) => s.set);
  const points: CapacityTrendPoint[] = [];
  let from = 0;
  for (let start = 0; start < sorted.length;) {
    const first = sorted[start];
    if (!first) break;
    let end = start + 1;
    while (end < sorted.length && sorted[end]?.day === first.day) end++;
    while ((sorted[from]?.day ?? first.day) < first.day - CAPACITY_RULES.windowDays) from++;
    const date = first.set.date;
    const own = estimateCapacity(ordered.slice(start, end), date);
    const capacity = own && estimateCapacity(ordered.slice(from, end), date);
    if (own && capacity) points.push({ date, capacity, session: { e1RmKg: own.e1RmKg, bestSet: own.bestSet } });
    start = end;
  }
  return points;
}
