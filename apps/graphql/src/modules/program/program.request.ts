import { describeFieldErrors, parsePlanRequest, type PlanRequest } from '@liftgraph/domain/program';
import { ApiError } from '../../errors/api-error.js';
import type { GenerateProgramInput } from './program.input.js';

/**
 * `generateProgram`'s input as the planner's POST /programs body, checked against the domain's plan request
 * (its bounds and messages, the same as the planner's and the portal's): BAD_USER_INPUT names each field
 * at fault, and nothing is sent to the planner.
 */
export function planRequest(input: GenerateProgramInput): PlanRequest {
  const limits = input.equipmentLimits;
  const parsed = parsePlanRequest({
    athleteId: input.athleteId,
    daysPerWeek: input.daysPerWeek,
    goal: input.goal,
    weeks: input.weeks,
    sessionTimeCapMin: input.sessionTimeCapMin,
    // An empty list means every kind of equipment (the domain's default).
    ...(input.equipment.length > 0 && { equipment: input.equipment }),
    excludedExerciseIds: input.excludedExerciseIds,
    excludedMuscles: input.excludedMuscles,
    priorities: { muscles: input.priorityMuscles, exercises: input.priorityExerciseIds },
    ...(input.threeDaySplit != null && { threeDaySplit: input.threeDaySplit }),
    ...(input.startDate != null && { startDate: input.startDate }),
    equipmentLimits: {
      ...(limits?.heaviestDumbbellKg != null && { heaviestDumbbellKg: limits.heaviestDumbbellKg }),
      ...(limits?.smallestPlateKg != null && { smallestPlateKg: limits.smallestPlateKg }),
    },
  });
  if (!parsed.ok) throw new ApiError('BAD_USER_INPUT', describeFieldErrors(parsed.errors));
  return parsed.request;
}
