import type { Exercise, MovementPatternId } from '@liftgraph/domain';

/**
 * The main lift of each big movement pattern, around which a block is built (editable default):
 * compound, multi-joint, loadable in small steps, the lifts strength standards and most coaching
 * templates use (SCIENCE.md §6.3: large-muscle multi-joint exercises first; §7: progression schemes
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
  'vertical-pull': 'pull-up',
};

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
