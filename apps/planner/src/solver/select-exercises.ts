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

const SOLVE_OPTIONS = { mip_rel_gap: 0.05, time_limit: 0.4, presolve: 'on', mip_heuristic_effort: 0.5 } as const;
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
