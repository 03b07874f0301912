import type { Exercise } from '@liftgraph/domain';
import { weekdaysHoursApart } from '@liftgraph/domain/science';
import type { TemplateDay } from '../problem/split-templates.js';
import type { MipSolver } from './highs-solver.js';
import { ruleIdOfRow } from './lp-model.js';
import { buildSelectionModel, type SelectionInput } from './selection-model.js';

export interface SelectedExercise {
  exercise: Exercise;
  sets: number;
}

export interface SelectionResult {
  /** Per template day, the chosen exercises with their peak-week sets (unordered). */
  days: SelectedExercise[][];
  status: string;
  objective: number;
  size: { vars: number; rows: number };
  solveMs: number;
  /** Rule ids whose rows, once dropped, make an infeasible model feasible (empty when feasible). */
  infeasibleRules: string[];
}

/**
 * HiGHS options for the per-day models (~10–25 binaries, solved at or near the root). Measured (CPU ms,
 * warm WASM): 6-day bench, 3 day-models: defaults 120, without the feasibility-jump heuristic 47,
 * presolve and symmetry detection off too 31; 3-day full body, 3 day-models: 250 → 140 with RINS/RENS
 * off as well. Objectives identical in every case. The time
 * limit is a safety net only: HiGHS counts wall time, so a tight limit on a loaded host would return
 * worse plans (seen with 0.25 s at load 8 on 2 cores), i.e. plans that depend on machine load.
 */
/**
 * Weekly targets below this many sets get no direct work of their own: the compounds' secondary sets
 * cover them (a coach does not add band walks for 2 sets of abductors). Their MRV rows stay.
 */
export const MIN_DIRECT_SETS_PER_WEEK = 4;

export const SOLVE_OPTIONS = {
  mip_rel_gap: 0.01,
  time_limit: 2,
  presolve: 'off',
  mip_detect_symmetry: false,
  mip_heuristic_run_feasibility_jump: false,
  mip_heuristic_run_rins: false,
  mip_heuristic_run_rens: false,
} as const;
const HAS_SOLUTION = new Set([
  'Optimal',
  'Time limit reached',
  'Iteration limit reached',
  'Target for objective reached',
  'Bound on objective reached',
]);

/** Which rule families make the model infeasible: drop one family's rows at a time and re-solve. */
function diagnose(solver: MipSolver, input: SelectionInput, rows: readonly { name: string }[]): string[] {
  const { model } = buildSelectionModel(input);
  const families = [...new Set(rows.map((r) => ruleIdOfRow(r.name)))];
  return families.filter((rule) => HAS_SOLUTION.has(solver.solve(model.toLp(new Set([rule])), SOLVE_OPTIONS).Status));
}

/** Builds and solves the selection MIP with HiGHS; an unsolvable model yields empty days and the culprit rules. */
export function selectExercises(solver: MipSolver, input: SelectionInput): SelectionResult {
  const { model, index } = buildSelectionModel(input);
  const started = performance.now();
  const solution = solver.solve(model.toLp(), SOLVE_OPTIONS);
  const solveMs = performance.now() - started;
  const days: SelectedExercise[][] = input.days.map(() => []);
  if (!HAS_SOLUTION.has(solution.Status) || Object.keys(solution.Columns).length === 0) {
    return {
      days,
      status: solution.Status,
      objective: NaN,
      size: model.size,
      solveMs,
      infeasibleRules: diagnose(solver, input, model.rows),
    };
  }
  for (const [x, pick] of index.picks) {
    if ((solution.Columns[x]?.Primal ?? 0) < 0.5) continue;
    // Floor (with float tolerance): hard rows are upper bounds in s, so rounding down keeps them.
    const sets = Math.floor((solution.Columns[pick.setsVar]?.Primal ?? 0) + 1e-6);
    if (sets > 0) days[pick.day]?.push({ exercise: pick.exercise, sets });
  }
  return { days, status: solution.Status, objective: solution.ObjectiveValue, size: model.size, solveMs, infeasibleRules: [] };
}

const gapHours = (a: TemplateDay, b: TemplateDay): number => weekdaysHoursApart(a.dayOfWeek, b.dayOfWeek);

/**
 * Days solved together: a day with `mirrorOf` (PPL×2's Push B → Push A) joins the group of the day it
 * repeats when it has the same focus and is ≥ minRecoveryHours from every day of that group; its
 * inputs are then identical, so one MIP serves the group and the week repeats the selection.
 */
export function mirrorGroups(days: readonly TemplateDay[], minRecoveryHours: number): number[][] {
  const groups: number[][] = [];
  days.forEach((day, d) => {
    const root = day.mirrorOf === undefined ? undefined : days[day.mirrorOf];
    const group = root === undefined ? undefined : groups.find((g) => g[0] === day.mirrorOf);
    const fits =
      root !== undefined &&
      group !== undefined &&
      root.focus.length === day.focus.length &&
      root.focus.every((m, i) => day.focus[i] === m) &&
      group.every((o) => {
        const other = days[o];
        return other !== undefined && gapHours(other, day) >= minRecoveryHours;
      });
    if (fits) group.push(d);
    else groups.push([d]);
  });
  return groups;
}

/**
 * Decomposition used by default: one small MIP per day or mirrored group (mirrorGroups), in day order. The
 * week couples days only through recovery spacing (exercises whose primary muscles were trained on a
 * day < 48 h from any day of the group are removed from the group's candidates) and the weekly rows:
 * a group of r days gets (ceiling − sets already placed) / r as its MRV row, so r copies never pass
 * MRV, and (target − placed) / r as its over-target row. Each MIP has ~10–20 binaries and solves at
 * the root node in milliseconds once the WASM is warm. The required (skeleton) lifts of later days keep
 * their minimum sets' share of every ceiling in reserve, so an earlier day cannot use it up; the joint model (`selectExercises`) is kept
 * for comparison and small requests.
 */
export function selectExercisesPerDay(solver: MipSolver, input: SelectionInput): SelectionResult {
  const focusDays = new Map<string, number>();
  for (const day of input.days) for (const m of day.focus) focusDays.set(m, (focusDays.get(m) ?? 0) + 1);
  const used = new Map<string, number>();
  /** Sessions of the week that already hold each exercise. */
  const placed = new Map<string, number>();
  const primaryOnDay: Array<Set<string>> = input.days.map(() => new Set());
  const days: SelectedExercise[][] = input.days.map(() => []);
  let objective = 0;
  let solveMs = 0;
  const size = { vars: 0, rows: 0 };
  const statuses = new Set<string>();
  const infeasibleRules = new Set<string>();
  const groups = mirrorGroups(input.days, input.minRecoveryHours);
  const byId = new Map(input.candidates.flatMap((list) => list.map((e) => [e.id, e] as const)));
  /** Weekly sets per muscle the required lifts of the groups after `g` will need at their minimum sets. */
  const reservedAfter = (g: number): Map<string, number> => {
    const out = new Map<string, number>();
    for (const later of groups.slice(g + 1)) {
      const first = later[0] ?? 0;
      for (const id of input.required?.[first] ?? []) {
        const e = byId.get(id);
        if (!e) continue;
        const sets = (input.setsPerExercise.anchorMin ?? input.setsPerExercise.min) * later.length;
        for (const t of e.targets) out.set(t.muscle, (out.get(t.muscle) ?? 0) + (t.role === 'primary' ? 1 : 0.5) * sets);
      }
    }
    return out;
  };
  for (const [g, group] of groups.entries()) {
    const first = group[0] ?? 0;
    const reserved = reservedAfter(g);
    const day = input.days[first];
    if (!day) continue;
    const blocked = new Set<string>();
    for (const d of group) {
      const self = input.days[d];
      input.days.forEach((other, o) => {
        if (o !== d && self && gapHours(other, self) < input.minRecoveryHours) for (const m of primaryOnDay[o] ?? []) blocked.add(m);
      });
    }
    const r = group.length;
    const candidates = (input.candidates[first] ?? []).filter(
      (e) =>
        !e.targets.some((t) => t.role === 'primary' && blocked.has(t.muscle)) &&
        !(input.anchorMaxSessions && (placed.get(e.id) ?? 0) >= input.anchorMaxSessions(e.id)),
    );
    const targets = Object.fromEntries(
      Object.entries(input.targets).map(([m, t]) => [
        m,
        {
          ...t,
          target: Math.max(0, t.target - (used.get(m) ?? 0)) / r,
          ceiling: Math.max(0, t.ceiling - (used.get(m) ?? 0) - (reserved.get(m) ?? 0)) / r,
        },
      ]),
    ) as SelectionInput['targets'];
    const unplacedAnchors = new Set(
      [...(input.anchorExercises ?? [])].filter((id) => (placed.get(id) ?? 0) < (input.anchorSessions?.(id) ?? 1)),
    );
    const required = input.required?.[first];
    const solveDay = (req: ReadonlySet<string>, minExercises = input.minExercisesPerDay): SelectionResult =>
      selectExercises(solver, {
        ...input,
        days: [day],
        candidates: [candidates],
        required: [req],
        minExercisesPerDay: minExercises,
        targets,
        unplacedAnchors,
        dayTarget: (m) => (input.targets[m].target >= MIN_DIRECT_SETS_PER_WEEK ? input.targets[m].target / (focusDays.get(m) ?? 1) : 0),
      });
    let result = solveDay(new Set([...(required ?? [])].filter((id) => candidates.some((e) => e.id === id))));
    // A skeleton lift that cannot fit with the day's other hard rows (MRV share, time) is dropped rather than the day.
    if ((result.days[0]?.length ?? 0) === 0 && (required?.size ?? 0) > 0) result = solveDay(new Set());
    // Still nothing: the week's ceilings leave too little for 3 exercises; the day takes what fits (the generator refuses a thin day).
    if ((result.days[0]?.length ?? 0) === 0 && input.minExercisesPerDay !== undefined) result = solveDay(new Set(), 1);
    const picked = result.days[0] ?? [];
    for (const { exercise } of picked) placed.set(exercise.id, (placed.get(exercise.id) ?? 0) + r);
    for (const d of group) {
      days[d] = picked.map((p) => ({ ...p }));
      for (const { exercise, sets } of picked) {
        for (const t of exercise.targets) {
          used.set(t.muscle, (used.get(t.muscle) ?? 0) + (t.role === 'primary' ? 1 : 0.5) * sets);
          if (t.role === 'primary') primaryOnDay[d]?.add(t.muscle);
        }
      }
    }
    objective += Number.isFinite(result.objective) ? result.objective * r : 0;
    solveMs += result.solveMs;
    size.vars += result.size.vars;
    size.rows += result.size.rows;
    statuses.add(result.status);
    for (const rule of result.infeasibleRules) infeasibleRules.add(rule);
  }
  return { days, status: [...statuses].join('+'), objective, size, solveMs, infeasibleRules: [...infeasibleRules] };
}
