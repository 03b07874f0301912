import type { Exercise } from '@liftgraph/domain';
import { COVERAGE_PATTERN_IDS, coveragePatternOf } from './movement-patterns.js';
import type { TemplateDay } from './split-templates.js';

export interface SkeletonInput {
  days: readonly TemplateDay[];
  /** Candidates per day (same order as `days`). */
  candidates: ReadonlyArray<readonly Exercise[]>;
  /** The athlete's anchor lifts (one per coverage pattern the equipment allows). */
  anchors: ReadonlySet<string>;
  /** Seconds an exercise needs at its minimum sets (fixed + sets × per set). */
  minSeconds: (e: Exercise) => number;
  /** Seconds available per session for exercises. */
  capSec: number;
}

/**
 * The week's skeleton (docs/programming.md §Pattern coverage): each coverage pattern's anchor lift is
 * required on one day whose focus holds it, spread so that the day with the fewest required lifts takes
 * the next one, the hinge on the first day that can hold it, never past the time cap.
 * Days that repeat another (`mirrorOf`) follow the day they mirror. The solver adds the second weekly
 * session of a lift on its own (anchor bonus); the skeleton only guarantees coverage.
 */
export function coverageSkeleton(input: SkeletonInput): Array<Set<string>> {
  const required = input.days.map(() => new Set<string>());
  const used = input.days.map(() => 0);
  for (const pattern of COVERAGE_PATTERN_IDS) {
    const options: Array<{ d: number; e: Exercise }> = [];
    input.days.forEach((day, d) => {
      if (day.mirrorOf !== undefined) return;
      const e = (input.candidates[d] ?? []).find((c) => input.anchors.has(c.id) && coveragePatternOf(c) === pattern);
      if (e && (used[d] ?? 0) + input.minSeconds(e) <= input.capSec) options.push({ d, e });
    });
    // The heavy hinge goes to the first day that can hold it (before the week's other leg work has used
    // the lower back's and hamstrings' weekly ceilings); the others to the day holding the fewest so far.
    options.sort((a, b) => (pattern === 'hinge' ? 0 : (required[a.d]?.size ?? 0) - (required[b.d]?.size ?? 0)) || a.d - b.d);
    const pick = options[0];
    if (!pick) continue;
    required[pick.d]?.add(pick.e.id);
    used[pick.d] = (used[pick.d] ?? 0) + input.minSeconds(pick.e);
  }
  input.days.forEach((day, d) => {
    if (day.mirrorOf !== undefined) required[d] = new Set(required[day.mirrorOf]);
  });
  return required;
}
