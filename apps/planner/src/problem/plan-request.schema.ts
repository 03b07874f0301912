import { type Equipment, MUSCLE_GROUP_IDS } from '@liftgraph/domain';
import { z } from 'zod';

export const EQUIPMENT_VALUES = [
  'barbell', 'dumbbell', 'cable', 'machine', 'body only', 'kettlebells', 'bands', 'e-z curl bar',
  'medicine ball', 'exercise ball', 'foam roll', 'other',
] as const satisfies readonly Equipment[];

/** Upper bounds of `equipmentLimits` (kg): beyond them a value is a typo, not a gym. */
export const EQUIPMENT_LIMIT_MAX = { heaviestDumbbellKg: 250, smallestPlateKg: 25 } as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** POST /programs body (and `liftgraph plan` flags): zod-validated, defaults filled in. */
export const planRequestSchema = z.object({
  athleteId: z.string().min(1),
  daysPerWeek: z.union([z.literal(3), z.literal(5), z.literal(6)]),
  goal: z.enum(['strength', 'hypertrophy', 'general']).default('general'),
  /** Block length in weeks; the last week of a block of ≥ 4 weeks is a deload. */
  weeks: z.number().int().min(1).max(12).default(6),
  sessionTimeCapMin: z.number().int().min(20).max(240).default(75),
  equipment: z.array(z.enum(EQUIPMENT_VALUES)).min(1).default([...EQUIPMENT_VALUES]),
  excludedExerciseIds: z.array(z.string().min(1)).default([]),
  excludedMuscles: z.array(z.enum(MUSCLE_GROUP_IDS)).default([]),
  priorities: z
    .object({ muscles: z.array(z.enum(MUSCLE_GROUP_IDS)).default([]), exercises: z.array(z.string().min(1)).default([]) })
    .default({ muscles: [], exercises: [] }),
  /** 3-day layout: full body A/B/C (default) or push/pull/legs. */
  threeDaySplit: z.enum(['full-body', 'push-pull-legs']).default('full-body'),
  /**
   * What the gym has, when it limits loads: the heaviest dumbbell (kg, one implement) and the smallest
   * plate (kg; a bar takes two, so bar loads move in steps of twice it). Prescriptions respect both.
   */
  equipmentLimits: z
    .object({
      heaviestDumbbellKg: z.number().positive().max(EQUIPMENT_LIMIT_MAX.heaviestDumbbellKg).optional()
        .describe('heaviest dumbbell the athlete has, kg (one implement): no per-hand dumbbell load is prescribed above it'),
      smallestPlateKg: z.number().positive().max(EQUIPMENT_LIMIT_MAX.smallestPlateKg).optional()
        .describe('smallest plate, kg: a bar takes two, so barbell loads move in steps of twice it (1.25 → 2.5 kg steps)'),
    })
    .default({})
    .describe('what the gym has, when it limits loads; omitted fields do not limit'),
  /** First day of the block (a Monday is expected); default: the Monday after the last logged session. */
  startDate: isoDate.optional(),
  programId: z.string().min(1).optional(),
});

export type PlanRequestInput = z.input<typeof planRequestSchema>;
export type PlanRequest = z.output<typeof planRequestSchema>;
export type Goal = PlanRequest['goal'];

export interface FieldError {
  /** Dotted path of the offending field: `daysPerWeek`, `priorities.muscles.0`. */
  field: string;
  message: string;
}

export type ParseResult = { ok: true; request: PlanRequest } | { ok: false; errors: FieldError[] };

/** Validates a request; errors name the field (for HTTP 400 bodies and CLI messages). */
export function parsePlanRequest(input: unknown): ParseResult {
  const result = planRequestSchema.safeParse(input);
  if (result.success) return { ok: true, request: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(root)', message: issue.message })),
  };
}

/** Like parsePlanRequest but throws one Error whose message lists every `field: message`. */
export function planRequest(input: PlanRequestInput): PlanRequest {
  const parsed = parsePlanRequest(input);
  if (!parsed.ok) throw new Error(`invalid plan request: ${parsed.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return parsed.request;
}
