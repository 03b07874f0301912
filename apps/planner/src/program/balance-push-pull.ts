import type { Exercise } from '@liftgraph/domain';
import { BLOCK_PROGRESSION, hardWeekSets } from '../prescriptions/block-progression.js';
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
  /** Exercises day `d` may gain (its candidates that fit its focus and recovery), main lifts first; added at their minimum sets. */
  additions: (d: number, days: ReadonlyArray<readonly BalanceItem[]>) => readonly Exercise[];
  maxExercisesPerDay: number;
  /** Main lifts: they get added sets first and lose sets last. */
  isMain: (e: Exercise) => boolean;
  /** Items that must stay (the coverage skeleton, main lifts). */
  keep: (dayIndex: number, e: Exercise) => boolean;
  minExercisesPerDay: number;
  /** Whether the week stays within every muscle's MRV ceiling (a set is added only if it does). */
  withinCeilings: (days: ReadonlyArray<readonly BalanceItem[]>) => boolean;
  /** The ratio the repair aims inside (the rule's 2:3–3:2), checked in every hard week of the block's ramp. */
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

/** Which side is too long in some hard week of the block (each week's sets from the peak by BLOCK_PROGRESSION's ramp), or null. */
function longSide(days: ReadonlyArray<readonly BalanceItem[]>, o: BalanceOptions): { side: 'push' | 'pull'; atMinimum: boolean } | null {
  for (const factor of [1, 0.9, 0.8, BLOCK_PROGRESSION.firstWeekSetFactor]) {
    const { push, pull } = sideSets(days, (i) => hardWeekSets(i.sets, o.minSets(i.exercise), factor));
    if (push === 0 || pull === 0) return null;
    const ratio = push / pull;
    // Below the peak, sets at their minimum cannot be trimmed: only removing an exercise (or adding sets) helps.
    const atMinimum =
      factor < 1 && days.every((d) => d.every((i) => upperBodySide(i.exercise) === null || i.sets <= o.minSets(i.exercise)));
    if (ratio > o.target.max) return { side: 'push', atMinimum };
    if (ratio < o.target.min) return { side: 'pull', atMinimum };
  }
  return null;
}

/**
 * Brings the week's push:pull working sets inside the target ratio (docs/programming.md
 * §Push:pull balance) by the smallest edits, in order: a set more on the short side where the day has time and
 * the exercise room, a short-side exercise (main lifts first) on a day with room, a set less on the
 * long side down to its minimum, then dropping a long-side exercise that is not kept from a day that
 * keeps enough exercises. Mutates and returns the days.
 */
export function balancePushPull<T extends BalanceItem>(days: T[][], o: BalanceOptions): T[][] {
  for (let guard = 0; guard < 200; guard++) {
    const off = longSide(days, o);
    if (!off) return days;
    const long = off.side;
    const short: 'push' | 'pull' = long === 'push' ? 'pull' : 'push';
    // At the minimum sets only removing a long-side exercise helps.
    let edited = false;
    // Main lifts first when adding (a set more of rows before curls' neighbours), last when cutting.
    const items = days.flatMap((day, d) => day.map((item) => ({ item, day: d })));
    const mainFirst = [...items].sort((a, b) => Number(o.isMain(b.item.exercise)) - Number(o.isMain(a.item.exercise)));
    for (const { item, day: d } of off.atMinimum ? [] : mainFirst) {
      if (upperBodySide(item.exercise) !== short || item.sets >= o.maxSets(item.exercise)) continue;
      item.sets += 1;
      if (o.daySeconds(days[d] ?? []) <= o.capSec && o.withinCeilings(days)) {
        edited = true;
        break;
      }
      item.sets -= 1;
    }
    // Then a short-side exercise on a day that has room (a second row of the week rather than one bench session fewer).
    for (let d = 0; d < days.length && !edited; d++) {
      const day = days[d] ?? [];
      if (day.length >= o.maxExercisesPerDay) continue;
      for (const e of o.additions(d, days)) {
        if (upperBodySide(e) !== short || day.some((i) => i.exercise.id === e.id)) continue;
        const item = { exercise: e, sets: o.minSets(e) } as T;
        day.push(item);
        if (o.daySeconds(day) <= o.capSec && o.withinCeilings(days)) {
          edited = true;
          break;
        }
        day.pop();
      }
    }
    for (const { item } of edited ? [] : [...mainFirst].reverse()) {
      if (upperBodySide(item.exercise) !== long || item.sets <= o.minSets(item.exercise)) continue;
      item.sets -= 1;
      edited = true;
      break;
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
