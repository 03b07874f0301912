import { ApiError } from '../../errors/api-error.js';
import { intInRange, oneOf, positiveUpTo } from '../../errors/validate.js';
import type { PlanRequest } from '../../planner/planner-client.js';
import type { GenerateProgramInput } from './program.input.js';

/** Bounds of the planner's `equipmentLimits` (apps/planner plan-request.schema.ts, EQUIPMENT_LIMIT_MAX); checked here so the error names the GraphQL field. */
const LIMIT_MAX = { heaviestDumbbellKg: 250, smallestPlateKg: 25 } as const;

function equipmentLimits(input: GenerateProgramInput['equipmentLimits']): PlanRequest['equipmentLimits'] {
  const heaviest = input?.heaviestDumbbellKg;
  const plate = input?.smallestPlateKg;
  return {
    ...(heaviest != null && { heaviestDumbbellKg: positiveUpTo('equipmentLimits.heaviestDumbbellKg', heaviest, LIMIT_MAX.heaviestDumbbellKg) }),
    ...(plate != null && { smallestPlateKg: positiveUpTo('equipmentLimits.smallestPlateKg', plate, LIMIT_MAX.smallestPlateKg) }),
  };
}

/** `generateProgram`'s input checked and turned into the planner's POST /programs body (BAD_USER_INPUT names the field at fault). */
export function planRequest(input: GenerateProgramInput): PlanRequest {
  const days = intInRange('daysPerWeek', input.daysPerWeek, 3, 6);
  if (days !== 3 && days !== 5 && days !== 6) throw new ApiError('BAD_USER_INPUT', `daysPerWeek must be 3, 5 or 6, got ${days}`);
  return {
    athleteId: input.athleteId, daysPerWeek: days, goal: oneOf('goal', input.goal, ['strength', 'hypertrophy', 'general'] as const),
    weeks: intInRange('weeks', input.weeks, 1, 16), sessionTimeCapMin: intInRange('sessionTimeCapMin', input.sessionTimeCapMin, 20, 240),
    ...(input.equipment.length > 0 && { equipment: input.equipment }),
    excludedExerciseIds: input.excludedExerciseIds, excludedMuscles: input.excludedMuscles,
    priorities: { muscles: input.priorityMuscles, exercises: input.priorityExerciseIds },
    ...(input.threeDaySplit != null && { threeDaySplit: oneOf('threeDaySplit', input.threeDaySplit, ['full-body', 'push-pull-legs'] as const) }),
    ...(input.startDate != null && { startDate: input.startDate }),
    equipmentLimits: equipmentLimits(input.equipmentLimits),
  };
}
