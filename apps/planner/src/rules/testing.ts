import { type Capacity, LIFTGRAPH_CATALOG, type Level } from '@liftgraph/domain';
import {
  planRequest,
  type PlanRequestInput,
  type Program,
  type ProgramDay,
  type ProgramPrescription,
  sessionDate,
} from '@liftgraph/domain/program';
import { planningContext } from '../program/planning-context.js';
import type { PlanningContext } from './rule.js';

/** Test fixtures for rules: a prescription of a catalog exercise, days, one-week programs, a context. */
export function rx(exerciseId: string, sets = 3, extra: Partial<ProgramPrescription> = {}): ProgramPrescription {
  const e = LIFTGRAPH_CATALOG.find((x) => x.id === exerciseId);
  if (!e) throw new Error(`unknown exercise ${exerciseId}`);
  return {
    exerciseId,
    exerciseName: e.name,
    sets,
    reps: 8,
    loadKg: 50,
    loadPerHand: false,
    bodyweight: false,
    restSec: 120,
    targetRpe: 8,
    rationale: 'test',
    source: 'rules',
    details: '',
    locked: false,
    adjustment: null,
    primaryMuscles: e.targets.filter((t) => t.role === 'primary').map((t) => t.muscle),
    secondaryMuscles: e.targets.filter((t) => t.role === 'secondary').map((t) => t.muscle),
    ...extra,
  };
}

export function day(dayOfWeek: number, ...prescriptions: ProgramPrescription[]): ProgramDay {
  return {
    index: dayOfWeek - 1,
    dayOfWeek,
    date: sessionDate('2024-01-01', 0, dayOfWeek),
    status: 'planned',
    label: `D${dayOfWeek}`,
    prescriptions,
  };
}

export function week(...days: ProgramDay[]): Program {
  return {
    programId: 'p',
    athleteId: 'a',
    daysPerWeek: days.length,
    goal: 'general',
    startDate: '2024-01-01',
    weeks: [{ index: 0, deload: false, days }],
  };
}

export function context(
  request: Partial<PlanRequestInput> = {},
  known: string[] = [],
  capacities: Record<string, Capacity> = {},
  level: Level = 'intermediate',
): PlanningContext {
  return planningContext(
    planRequest({ athleteId: 'a', daysPerWeek: 3, ...request }),
    LIFTGRAPH_CATALOG,
    undefined,
    new Set(known),
    (id) => capacities[id] ?? null,
    level,
  );
}
