import type { Exercise } from '@liftgraph/domain';
import { upperBodySide } from '../problem/movement-patterns.js';

export interface BalanceItem {
  exercise: Exercise;
  sets: number;
}

export interface BalanceOptions {
  /** Most sets of an exercise in one session. */
  maxSets: (e: Exercise) => number;
  /** Fewest sets of an exercise (main lifts 3). */
  minSets: (e: Exercise) => number;
  /** Seconds a day takes with these items (exercises only). */
  daySeconds: (items: readonly BalanceItem[]) => number;
  capSec: number;
  /** Items that must stay (the coverage skeleton, main lifts). */
  keep: (dayIndex: number, e: Exercise) => boolean;
  minExercisesPerDay: number;
  /** Whether the week stays within every muscle's MRV ceiling (a set is added only if it does). */
  withinCeilings: (days: ReadonlyArray<readonly BalanceItem[]>) => boolean;
  /** The ratio the repair aims inside (tighter than the rule's 2:3–3:2, so that week 1's rounding stays inside too). */
  target: { min: number; max: number };
}

function sideSets(days: ReadonlyArray<readonly BalanceItem[]>, setsOf: (item: BalanceItem) => number): { push: number; pull: number } {
  let push = 0;
  let pull = 0;
  for (const day of days)
    for (const item of day) {
      const side = upperBodySide(item.exercise);
      if (side === 'push') push += setsOf(item);
      else if (side === 'pull') pull += setsOf(item);
    }
  return { push, pull };
}

/** Which side is too long, at the peak sets or with every exercise at its minimum sets (the lightest week), or null. */
function longSide(days: ReadonlyArray<readonly BalanceItem[]>, o: BalanceOptions): { side: 'push' | 'pull'; atMinimum: boolean } | null {
  for (const atMinimum of [false, true]) {
    const { push, pull } = sideSets(days, (i) => (atMinimum ? Math.min(i.sets, o.minSets(i.exercise)) : i.sets));
    if (push === 0 || pull === 0) return null;
    const ratio = push / pull;
    if (ratio > o.target.max) return { side: 'push', atMinimum };
    if (ratio < o.target.min) return { side: 'pull', atMinimum };
  }
  return null;
}

/**
 * Brings the week's push:pull working sets inside the target ratio (docs/programming.md §Push:pull
 * balance) by the smallest edits, in order: a set more on the short side where the day has time and
 * the exercise room, a set less on the long side down to its minimum, then dropping a long-side
 * exercise that is not kept from a day that keeps enough exercises. Mutates and returns the days.
 */
export function balancePushPull<T extends BalanceItem>(days: T[][], o: BalanceOptions): T[][] {
  for (let guard = 0; guard < 200; guard++) {
    const off = longSide(days, o);
    if (!off) return days;
    const long = off.side;
    const short: 'push' | 'pull' = long === 'push' ? 'pull' : 'push';
    // At the minimum sets only removing a long-side exercise helps.
    let edited = false;
    for (let d = 0; d < days.length && !edited && !off.atMinimum; d++) {
      const day = days[d] ?? [];
      for (const item of day) {
        if (upperBodySide(item.exercise) !== short || item.sets >= o.maxSets(item.exercise)) continue;
        item.sets += 1;
        if (o.daySeconds(day) <= o.capSec && o.withinCeilings(days)) {
          edited = true;
          break;
        }
        item.sets -= 1;
      }
    }
    for (let d = 0; d < days.length && !edited && !off.atMinimum; d++) {
      for (const item of days[d] ?? []) {
        if (upperBodySide(item.exercise) !== long || item.sets <= o.minSets(item.exercise)) continue;
        item.sets -= 1;
        edited = true;
        break;
      }
    }
    for (let d = 0; d < days.length && !edited; d++) {
      const day = days[d] ?? [];
      if (day.length <= o.minExercisesPerDay) continue;
      const i = day.findIndex((item) => upperBodySide(item.exercise) === long && !o.keep(d, item.exercise));
      if (i < 0) continue;
      day.splice(i, 1);
      edited = true;
    }
    if (!edited) return days;
  }
  return days;
}
