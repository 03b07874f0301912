import { type Exercise, type MuscleGroupId, SCIENCE_CHOICES, similarity } from '@liftgraph/domain';
import { closeDayPairs, type TemplateDay } from '../problem/split-templates.js';
import type { WeeklyTarget } from '../problem/weekly-targets.js';
import { REDUNDANCY_THRESHOLD } from '../rules/soft/redundant-exercises.rule.js';
import { isMultiJointStrength } from './candidates.js';
import { LpModel, rowName } from './lp-model.js';

export interface SelectionInput {
  days: readonly TemplateDay[];
  /** Pruned candidates per day (same order as `days`). */
  candidates: ReadonlyArray<readonly Exercise[]>;
  targets: Readonly<Record<MuscleGroupId, WeeklyTarget>>;
  familiarity: (exerciseId: string) => number;
  priorityExercises: ReadonlySet<string>;
  /** Main lifts the block is built around (a smaller bonus than priorities). */
  anchorExercises?: ReadonlySet<string>;
  /** Anchors the week holds fewer times than `anchorSessions` wants: an extra bonus so each main lift reaches its weekly frequency. */
  unplacedAnchors?: ReadonlySet<string>;
  /** Sessions per week an anchor aims for (default 1). */
  anchorSessions?: (exerciseId: string) => number;
  /** Most sessions per week of an exercise (Infinity = no limit): once reached, later days do not get it. */
  anchorMaxSessions?: (exerciseId: string) => number;
  priorityMuscles: ReadonlySet<MuscleGroupId>;
  /** Seconds per set and fixed seconds (setup, warm-up ramp) of an exercise on a day. */
  timing: (e: Exercise) => { secPerSet: number; fixedSec: number };
  /** Seconds available for exercises per session (cap minus the general warm-up). */
  capSec: number;
  minRecoveryHours: number;
  maxSessionSetsPerMuscle: number;
  /** Working sets per picked exercise; `anchorMin` (default `min`) for anchor lifts: the main lifts carry most of the sets. */
  setsPerExercise: { min: number; max: number; anchorMin?: number; maxFor?: (e: Exercise) => number };
  maxExercisesPerDay: number;
  /** Fewest exercises a day holds (docs/programming.md §Session size), when it has that many candidates. */
  minExercisesPerDay?: number | undefined;
  /** Exercises each day must hold (same order as `days`): the week's pattern-coverage skeleton (pattern-coverage, hard). */
  required?: ReadonlyArray<ReadonlySet<string>>;
  /** Per-day target of a muscle (0 = no shortfall row); default target / number of days whose focus holds the muscle. */
  dayTarget?: (muscle: MuscleGroupId) => number;
}

/** Objective weights (minimised). Shortfall dominates; the rest shapes which exercises fill it. */
export const SELECTION_WEIGHTS = {
  shortfallPerSet: 10,
  priorityMuscleFactor: 2,
  overTargetPerSet: 1.5,
  pickCost: 1,
  familiarityBonus: 1.5,
  priorityExerciseBonus: 6,
  anchorBonus: 6,
  /** Extra for an anchor the week does not have yet: about two sets of volume shortfall. */
  weeklyAnchorBonus: 20,
  compoundBonus: 0.8,
  perSetCost: 0.05,
  redundancyPerScore: 5,
  missingCompound: 15,
};

export interface ModelIndex {
  /** x variable name → [day, exercise]. */
  picks: Map<string, { day: number; exercise: Exercise; setsVar: string }>;
}

const roleWeight = (role: 'primary' | 'secondary'): number =>
  role === 'primary' ? SCIENCE_CHOICES.primarySetWeight : SCIENCE_CHOICES.secondarySetWeight;

/**
 * The exercise-selection MIP (row names = rule ids):
 *   x[e,d] ∈ {0,1} pick e on day d;  s[e,d] ≥ 0, min·x ≤ s ≤ max·x sets (continuous, floored after the
 *   solve: every hard row is a ≤ row in s, so flooring keeps them; only the soft shortfall can grow)
 *   v[m,d] = Σ_e w[e,m] s[e,d]  (w = 1 primary, 0.5 secondary: the weekly hard-set count)
 *   min  Σ W_m u[m,d] + 1.5 Σ o[m] + Σ c_e x + 0.05 Σ s + 5 Σ sim(e,f) z[e,f,d] + 15 Σ k_d
 *   s.t. u[m,d] ≥ T_m / f_m − v[m,d]                      volume-target-shortfall (soft)
 *        o[m] ≥ Σ_d v[m,d] − T_m                           (over target, soft)
 *        Σ_d v[m,d] ≤ MRV_m                                 max-weekly-sets-per-muscle (hard)
 *        v[m,d] ≤ 12                                        max-session-sets-per-muscle (hard)
 *        Σ_e (secPerSet_e s + fixed_e x) ≤ cap              session-time-cap (hard)
 *        x[e,a] ≤ y[m,a] (m primary in e), y[m,a] + y[m,b] ≤ 1 for days < 48 h apart   recovery-spacing (hard)
 *        z ≥ x[e,d] + x[f,d] − 1 for sim(e,f) ≥ 0.6         redundant-exercises (soft, linearised)
 *        Σ_compound x[·,d] + k_d ≥ 1                        compound-per-day (soft)
 *        Σ_e x[e,d] ≤ maxExercisesPerDay
 * with c_e = 1 − 1.5 familiarity − 6 priority − 6 anchor (− 20 more while the week lacks it) − 0.8 compound. Equipment and exclusions are applied
 * before the model (excluded exercises get no variable at all).
 */
export function buildSelectionModel(input: SelectionInput): { model: LpModel; index: ModelIndex } {
  const W = SELECTION_WEIGHTS;
  const model = new LpModel();
  const picks = new Map<string, { day: number; exercise: Exercise; setsVar: string }>();
  const focusDays = new Map<MuscleGroupId, number>();
  for (const day of input.days) for (const m of day.focus) focusDays.set(m, (focusDays.get(m) ?? 0) + 1);
  const weekly = new Map<MuscleGroupId, Array<[number, string]>>();
  const primaryX = input.days.map(() => new Map<MuscleGroupId, string[]>());

  input.days.forEach((day, d) => {
    const list = input.candidates[d] ?? [];
    const perMuscle = new Map<MuscleGroupId, Array<[number, string]>>();
    const time: Array<[number, string]> = [];
    const all: Array<[number, string]> = [];
    const compounds: Array<[number, string]> = [];
    list.forEach((e, i) => {
      const x = model.addVar(`x_${d}_${i}`, 'binary');
      const maxSets = Math.min(input.setsPerExercise.max, input.setsPerExercise.maxFor?.(e) ?? input.setsPerExercise.max);
      const s = model.addVar(`s_${d}_${i}`, 'continuous', 0, maxSets);
      picks.set(x, { day: d, exercise: e, setsVar: s });
      model.addRow(
        rowName('sets-link', `hi_${d}_${i}`),
        [
          [1, s],
          [-maxSets, x],
        ],
        '<=',
        0,
      );
      const minSets = input.anchorExercises?.has(e.id)
        ? (input.setsPerExercise.anchorMin ?? input.setsPerExercise.min)
        : input.setsPerExercise.min;
      model.addRow(
        rowName('sets-link', `lo_${d}_${i}`),
        [
          [1, s],
          [-minSets, x],
        ],
        '>=',
        0,
      );
      const cost =
        W.pickCost -
        W.familiarityBonus * input.familiarity(e.id) -
        (input.priorityExercises.has(e.id) ? W.priorityExerciseBonus : 0) -
        (input.anchorExercises?.has(e.id) ? W.anchorBonus : 0) -
        (input.unplacedAnchors?.has(e.id) ? W.weeklyAnchorBonus : 0) -
        (isMultiJointStrength(e) ? W.compoundBonus : 0);
      model.addObjective(x, cost);
      if (input.required?.[d]?.has(e.id)) model.addRow(rowName('pattern-coverage', `d${d}_${i}`), [[1, x]], '>=', 1);
      model.addObjective(s, W.perSetCost);
      const t = input.timing(e);
      time.push([t.secPerSet, s], [t.fixedSec, x]);
      all.push([1, x]);
      if (e.mechanic === 'compound') compounds.push([1, x]);
      for (const target of e.targets) {
        const w = roleWeight(target.role);
        (perMuscle.get(target.muscle) ?? perMuscle.set(target.muscle, []).get(target.muscle))?.push([w, s]);
        (weekly.get(target.muscle) ?? weekly.set(target.muscle, []).get(target.muscle))?.push([w, s]);
        if (target.role === 'primary') {
          const xs = primaryX[d];
          if (xs) (xs.get(target.muscle) ?? xs.set(target.muscle, []).get(target.muscle))?.push(x);
        }
      }
    });
    model.addRow(rowName('session-time-cap', `d${d}`), time, '<=', input.capSec);
    model.addRow(rowName('exercises-per-day', `d${d}`), all, '<=', input.maxExercisesPerDay);
    if (input.minExercisesPerDay !== undefined && list.length > 0)
      model.addRow(rowName('exercises-per-session', `d${d}`), all, '>=', Math.min(input.minExercisesPerDay, list.length));
    if (list.length > 0) {
      const k = model.addVar(`k_${d}`, 'continuous', 0, 1);
      model.addObjective(k, W.missingCompound);
      model.addRow(rowName('compound-per-day', `d${d}`), [...compounds, [1, k]], '>=', 1);
    }
    for (const [m, terms] of perMuscle) {
      model.addRow(rowName('max-session-sets-per-muscle', `${m}_d${d}`), terms, '<=', input.maxSessionSetsPerMuscle);
      const dayTarget = input.dayTarget?.(m) ?? input.targets[m].target / (focusDays.get(m) ?? 1);
      if (!day.focus.includes(m) || input.targets[m].target <= 0 || dayTarget <= 0) continue;
      const u = model.addVar(`u_${d}_${m.replace(/ /g, '_')}`, 'continuous');
      model.addObjective(u, W.shortfallPerSet * (input.priorityMuscles.has(m) ? W.priorityMuscleFactor : 1));
      model.addRow(rowName('volume-target-shortfall', `${m}_d${d}`), [...terms, [1, u]], '>=', dayTarget);
    }
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (!a || !b) continue;
        const sim = similarity(a, b).score;
        if (sim < REDUNDANCY_THRESHOLD) continue;
        const z = model.addVar(`z_${d}_${i}_${j}`, 'continuous', 0, 1);
        model.addObjective(z, W.redundancyPerScore * sim);
        model.addRow(
          rowName('redundant-exercises', `d${d}_${i}_${j}`),
          [
            [1, `x_${d}_${i}`],
            [1, `x_${d}_${j}`],
            [-1, z],
          ],
          '<=',
          1,
        );
      }
    }
  });

  for (const [m, terms] of weekly) {
    const key = m.replace(/ /g, '_');
    model.addRow(rowName('max-weekly-sets-per-muscle', key), terms, '<=', input.targets[m].ceiling);
    const o = model.addVar(`o_${key}`, 'continuous');
    model.addObjective(o, W.overTargetPerSet);
    model.addRow(rowName('over-target', key), [...terms, [-1, o]], '<=', input.targets[m].target);
  }

  for (const [a, b] of closeDayPairs(input.days, input.minRecoveryHours)) {
    for (const [m, xa] of primaryX[a] ?? []) {
      const xb = primaryX[b]?.get(m);
      if (!xb) continue;
      const key = m.replace(/ /g, '_');
      const ya = `y_${a}_${key}`;
      const yb = `y_${b}_${key}`;
      for (const [day, xs, y] of [
        [a, xa, ya],
        [b, xb, yb],
      ] as const) {
        if (model.hasVar(y)) continue;
        model.addVar(y, 'binary');
        xs.forEach((x, i) =>
          model.addRow(
            rowName('recovery-spacing', `link_${key}_d${day}_${i}`),
            [
              [1, x],
              [-1, y],
            ],
            '<=',
            0,
          ),
        );
      }
      model.addRow(
        rowName('recovery-spacing', `${key}_d${a}_d${b}`),
        [
          [1, ya],
          [1, yb],
        ],
        '<=',
        1,
      );
    }
  }
  return { model, index: { picks } };
}
