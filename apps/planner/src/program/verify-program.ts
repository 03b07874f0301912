import type { Exercise, Level } from '@liftgraph/domain';
import { type PlanRequest, planRequest, type PlanRequestInput, type Program } from '@liftgraph/domain/program';
import { HARD_RULES, scorePlan } from '../rules/index.js';
import type { Violation } from '../rules/rule.js';
import { planningContext } from './planning-context.js';

export interface ProgramVerification {
  ok: boolean;
  hard: number;
  violations: Violation[];
}

const SOURCES = new Set(['gnn', 'rules', 'transfer', 'default']);

/**
 * Checks every hard constraint of a program against its request (recovery spacing, time cap,
 * equipment, exclusions, weekly sets ≤ MRV, session sets) and every rule of docs/programming.md
 * (COACH_RULES; the athlete's level and logged exercises decide plausible reps and own main lifts), plus the shape the API promises:
 * days per week, block length, and a rationale and a source on every prescription.
 */
export function verifyProgram(
  program: Program,
  input: PlanRequest | PlanRequestInput,
  catalog: readonly Exercise[],
  athlete: { level?: Level; knownExercises?: ReadonlySet<string> } = {},
): ProgramVerification {
  const request = planRequest(input);
  const ctx = planningContext(request, catalog, undefined, athlete.knownExercises, undefined, athlete.level);
  const score = scorePlan(program, ctx, HARD_RULES);
  const violations = [...score.violations];
  const shape = (detail: string): void => {
    violations.push({ ruleId: 'program-shape', weight: 1, detail });
  };
  if (program.daysPerWeek !== request.daysPerWeek) shape(`daysPerWeek ${program.daysPerWeek} ≠ requested ${request.daysPerWeek}`);
  if (program.weeks.length !== request.weeks) shape(`${program.weeks.length} weeks ≠ requested ${request.weeks}`);
  for (const week of program.weeks) {
    if (week.days.length !== request.daysPerWeek) shape(`week ${week.index + 1}: ${week.days.length} days`);
    for (const day of week.days) {
      if (day.dayOfWeek < 1 || day.dayOfWeek > 7) shape(`${day.label}: dayOfWeek ${day.dayOfWeek}`);
      for (const rx of day.prescriptions) {
        if (rx.rationale.trim() === '') shape(`${day.label} ${rx.exerciseId}: empty rationale`);
        if (!SOURCES.has(rx.source)) shape(`${day.label} ${rx.exerciseId}: source ${String(rx.source)}`);
        // loadKg null = body weight alone: 0 kg of external load for this check.
        if (!(rx.sets >= 1 && rx.reps >= 1 && (rx.loadKg ?? 0) >= 0 && rx.restSec >= 0))
          shape(`${day.label} ${rx.exerciseId}: invalid numbers`);
      }
    }
  }
  const hard = violations.reduce((s, v) => s + v.weight, 0);
  return { ok: hard === 0, hard, violations };
}
