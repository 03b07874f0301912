import type { Exercise, MovementPatternId } from '@liftgraph/domain';
import {
  COVERAGE_PATTERN_IDS,
  COVERAGE_PATTERNS,
  type CoveragePattern,
  coveragePatternOf,
  isNicheVariant,
  STANDARD_MAIN_LIFTS,
  standardLiftsFor,
} from './movement-patterns.js';

/**
 * The default main lift of each coverage pattern in a full gym (the first of STANDARD_MAIN_LIFTS;
 * docs/programming.md §Main lifts): compound, multi-joint, loadable in small steps, the lifts strength
 * standards and most coaching templates use (docs/science.md §Exercise order). The vertical pull's
 * default is the lat pulldown rather than the pull-up: loadable from well below body weight, so every
 * athlete can do hard sets in the prescribed range. They get a preference, not a guarantee: the MIP
 * still trades them against volume targets, time cap, recovery and exclusions. NOTE: these coincide
 * with the lifts the closed-loop evaluation measures; docs/planner-eval.md discusses what that means.
 */
export const ANCHOR_LIFTS: Readonly<Record<CoveragePattern, string>> = Object.fromEntries(
  COVERAGE_PATTERN_IDS.map((p) => [p, Object.values(STANDARD_MAIN_LIFTS[p]).flatMap((ids) => [...(ids ?? [])])[0] ?? '']),
) as Record<CoveragePattern, string>;

/**
 * Patterns whose anchor is a *main lift* in the rep scheme (heavier, lower reps, longer rest, ≥ 3
 * sets): the barbell patterns strength is tested on. Vertical pulls are anchors for selection and
 * frequency but are trained in the assistance (hypertrophy) rep range, as most templates do.
 */
export const MAIN_LIFT_PATTERNS: ReadonlySet<MovementPatternId> = new Set([
  'squat',
  'hinge',
  'horizontal-push',
  'vertical-push',
  'horizontal-pull',
]);

/**
 * Sessions per week each anchor aims for (editable default): twice a week (docs/science.md §Dose-response, Schoenfeld
 * 2016: ≥ 2×/week per muscle beats 1×; the main lifts are also skills, practised more often), the
 * hinge once (the deadlift's lower-back and systemic fatigue; lower back's landmarks are low, §Volume landmarks).
 * A preference in the MIP (bonus while the week has fewer), never forced against a hard rule.
 */
export const ANCHOR_WEEKLY_SESSIONS: Readonly<Partial<Record<MovementPatternId, number>>> = { hinge: 1 };
export const DEFAULT_ANCHOR_WEEKLY_SESSIONS = 2;

export function anchorWeeklySessions(e: Pick<Exercise, 'pattern'>): number {
  return ANCHOR_WEEKLY_SESSIONS[e.pattern] ?? DEFAULT_ANCHOR_WEEKLY_SESSIONS;
}

/**
 * Most sessions per week of a lift of the pattern (editable default; Infinity = no limit): heavy
 * hinges once (twice only where a mirrored day repeats the session, PPL×2) — deadlifting Monday and
 * Wednesday while squatting once is not a week a coach would sign.
 */
export const MAX_WEEKLY_SESSIONS: Readonly<Partial<Record<MovementPatternId, number>>> = { hinge: 1 };

export function maxWeeklySessions(e: Pick<Exercise, 'pattern' | 'mechanic'>): number {
  return e.mechanic === 'compound' ? (MAX_WEEKLY_SESSIONS[e.pattern] ?? Infinity) : Infinity;
}

/** Sessions of a same-pattern compound after which the athlete's own variant replaces the default anchor. */
const OWN_VARIANT_SESSIONS = 4;

/**
 * Anchor exercise ids for this athlete: per coverage pattern, a compound the request prioritises, else the athlete's own variant — the
 * non-niche compound of that catalog pattern they logged most (≥ 4 sessions, e.g. their front squat or
 * sumo deadlift) when they logged it more than the standard lift — else the first standard main lift
 * the allowed equipment offers (STANDARD_MAIN_LIFTS: barbell first, then machine/cable, dumbbell, body weight).
 */
export function anchorExercises(
  allowed: readonly Exercise[],
  sessionsByExercise: ReadonlyMap<string, number>,
  priorities: ReadonlySet<string> = new Set(),
): Set<string> {
  const out = new Set<string>();
  const allowedIds = new Set(allowed.map((e) => e.id));
  for (const pattern of COVERAGE_PATTERN_IDS) {
    // A compound the request names a priority takes its pattern's slot: the coach asked for it.
    const asked = allowed.find((e) => priorities.has(e.id) && coveragePatternOf(e) === pattern);
    if (asked) {
      out.add(asked.id);
      continue;
    }
    const fallback = standardLiftsFor(pattern, allowedIds)[0];
    // Own variants of the catalog's main pattern only (a squat, not a lunge, for the knee-dominant slot).
    const own = COVERAGE_PATTERNS[pattern][0];
    let best: { id: string; n: number } | null = null;
    for (const e of allowed) {
      // A body-weight variant (push-ups) is not loaded in small steps: it anchors only the vertical pull (pull-ups, chin-ups).
      if (e.pattern !== own || e.mechanic !== 'compound' || isNicheVariant(e) || (e.bodyweight && pattern !== 'vertical-pull')) continue;
      const n = sessionsByExercise.get(e.id) ?? 0;
      if (n >= OWN_VARIANT_SESSIONS && (!best || n > best.n)) best = { id: e.id, n };
    }
    const fallbackSessions = fallback === undefined ? 0 : (sessionsByExercise.get(fallback) ?? 0);
    if (best && best.n > fallbackSessions) out.add(best.id);
    else if (fallback !== undefined) out.add(fallback);
  }
  return out;
}
