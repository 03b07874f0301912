import type { Exercise } from '@liftgraph/domain';
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

const SOLVE_OPTIONS = { mip_rel_gap: 0.01, time_limit: 0.25, presolve: 'on' } as const;
const HAS_SOLUTION = new Set(['Optimal', 'Time limit reached', 'Iteration limit reached', 'Target for objective reached', 'Bound on objective reached']);

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
    return { days, status: solution.Status, objective: NaN, size: model.size, solveMs, infeasibleRules: diagnose(solver, input, model.rows) };
  }
  for (const [x, pick] of index.picks) {
    if ((solution.Columns[x]?.Primal ?? 0) < 0.5) continue;
    // Floor (with float tolerance): hard rows are upper bounds in s, so rounding down keeps them.
    const sets = Math.floor((solution.Columns[pick.setsVar]?.Primal ?? 0) + 1e-6);
    if (sets > 0) days[pick.day]?.push({ exercise: pick.exercise, sets });
  }
  return { days, status: solution.Status, objective: solution.ObjectiveValue, size: model.size, solveMs, infeasibleRules: [] };
}

/**
 * Decomposition used by default: one small MIP per day, in day order. The week couples days only
 * through recovery spacing (exercises whose primary muscles were trained on a day < 48 h away are
 * removed from later days' candidates) and the weekly rows (MRV ceiling and target carry the sets
 * already placed). Each day's MIP is solved to a 1 % gap in milliseconds; the joint model
 * (`selectExercises`) is kept for comparison and small requests.
 */
export function selectExercisesPerDay(solver: MipSolver, input: SelectionInput): SelectionResult {
  const focusDays = new Map<string, number>();
  for (const day of input.days) for (const m of day.focus) focusDays.set(m, (focusDays.get(m) ?? 0) + 1);
  const used = new Map<string, number>();
  const primaryOnDay: Array<Set<string>> = input.days.map(() => new Set());
  const days: SelectedExercise[][] = [];
  let objective = 0;
  let solveMs = 0;
  const size = { vars: 0, rows: 0 };
  const statuses = new Set<string>();
  const infeasibleRules = new Set<string>();
  input.days.forEach((day, d) => {
    const blocked = new Set<string>();
    input.days.forEach((other, o) => {
      if (o === d) return;
      const gap = Math.min(((other.dayOfWeek - day.dayOfWeek + 7) % 7 || 7), ((day.dayOfWeek - other.dayOfWeek + 7) % 7 || 7)) * 24;
      if (gap < input.minRecoveryHours) for (const m of primaryOnDay[o] ?? []) blocked.add(m);
    });
    const candidates = (input.candidates[d] ?? []).filter((e) => !e.targets.some((t) => t.role === 'primary' && blocked.has(t.muscle)));
    const targets = Object.fromEntries(Object.entries(input.targets).map(([m, t]) => [m, {
      ...t, target: Math.max(0, t.target - (used.get(m) ?? 0)), ceiling: Math.max(0, t.ceiling - (used.get(m) ?? 0)),
    }])) as SelectionInput['targets'];
    const result = selectExercises(solver, {
      ...input, days: [day], candidates: [candidates], targets,
      dayTarget: (m) => (input.targets[m].target > 0 ? input.targets[m].target / (focusDays.get(m) ?? 1) : 0),
    });
    const picked = result.days[0] ?? [];
    days.push(picked);
    for (const { exercise, sets } of picked) {
      for (const t of exercise.targets) {
        used.set(t.muscle, (used.get(t.muscle) ?? 0) + (t.role === 'primary' ? 1 : 0.5) * sets);
        if (t.role === 'primary') primaryOnDay[d]?.add(t.muscle);
      }
    }
    objective += Number.isFinite(result.objective) ? result.objective : 0;
    solveMs += result.solveMs;
    size.vars += result.size.vars;
    size.rows += result.size.rows;
    statuses.add(result.status);
    for (const r of result.infeasibleRules) infeasibleRules.add(r);
  });
  return { days, status: [...statuses].join('+'), objective, size, solveMs, infeasibleRules: [...infeasibleRules] };
}
