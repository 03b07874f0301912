import type { Exercise, MovementPatternId } from '@liftgraph/domain';

/**
 * The main lift of each big movement pattern, around which a block is built (editable default):
 * compound, multi-joint, loadable in small steps, the lifts strength standards and most coaching
 * templates use (docs/science.md §Exercise order: large-muscle multi-joint exercises first; §Progression: progression schemes
 * are written for them). They get a preference, not a guarantee: the MIP still trades them against
 * volume targets, time cap, recovery and exclusions. NOTE: these coincide with the lifts the
 * closed-loop evaluation measures; docs/planner-eval.md discusses what that means for the comparison.
 */
export const ANCHOR_LIFTS: Readonly<Partial<Record<MovementPatternId, string>>> = {
  squat: 'barbell-back-squat',
  hinge: 'barbell-deadlift',
  'horizontal-push': 'barbell-bench-press',
  'vertical-push': 'barbell-overhead-press',
  'horizontal-pull': 'barbell-row',
  // Lat pulldown rather than pull-up: loadable in small steps from well below bodyweight, so every
  // athlete can do hard sets in the prescribed range (many novices cannot do 5 pull-ups). An athlete
  // who logs pull-ups keeps them (own-variant rule below).
  'vertical-pull': 'lat-pulldown',
};

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
 * Anchor exercise ids for this athlete: per pattern, the compound of that pattern they logged most
 * (≥ 4 sessions, e.g. their front squat or sumo deadlift), else the default when it is allowed.
 */
export function anchorExercises(allowed: readonly Exercise[], sessionsByExercise: ReadonlyMap<string, number>): Set<string> {
  const out = new Set<string>();
  const allowedIds = new Set(allowed.map((e) => e.id));
  for (const [pattern, fallback] of Object.entries(ANCHOR_LIFTS)) {
    let best: { id: string; n: number } | null = null;
    for (const e of allowed) {
      if (e.pattern !== pattern || e.mechanic !== 'compound') continue;
      const n = sessionsByExercise.get(e.id) ?? 0;
      if (n >= OWN_VARIANT_SESSIONS && (!best || n > best.n)) best = { id: e.id, n };
    }
    const fallbackSessions = fallback === undefined ? 0 : (sessionsByExercise.get(fallback) ?? 0);
    if (best && best.n > fallbackSessions) out.add(best.id);
    else if (fallback !== undefined && allowedIds.has(fallback)) out.add(fallback);
  }
  return out;
}
