/**
 * # What a program is asked for, and its bounds
 *
 * The body of the planner's `POST /programs`, the flags of `liftgraph plan`, GraphQL's
 * `generateProgram` input and the portal's builder form are all checked against this one schema: a
 * 16-week block (or 4 days a week, or a 0 kg dumbbell) is refused with the same message everywhere,
 * before anything is generated. Messages name the field and what was given:
 * `weeks must be a whole number from 1 to 12, got 16`.
 *
 * @module
 */
import { z } from 'zod';
import { EQUIPMENT_IDS, MUSCLE_GROUP_IDS } from '../exercise/exercise.js';

/** The equipment a request may name: the domain's one list. */
export const EQUIPMENT_VALUES = EQUIPMENT_IDS;

export const GOALS = ['strength', 'hypertrophy', 'general'] as const;
export type Goal = (typeof GOALS)[number];

/** 3-day layouts: full body A/B/C (default) or push/pull/legs. */
export const THREE_DAY_SPLITS = ['full-body', 'push-pull-legs'] as const;

/** Upper bounds of `equipmentLimits` (kg): beyond them a value is a typo, not a gym. */
export const EQUIPMENT_LIMIT_MAX = { heaviestDumbbellKg: 250, smallestPlateKg: 25 } as const;

/** The bounds of a plan request, for forms and flags that show them before anything is sent. */
export const PLAN_REQUEST_BOUNDS = {
  daysPerWeek: [3, 5, 6],
  /** Block length in weeks; the last week of a block of ≥ 4 weeks is a deload. */
  weeks: { min: 1, max: 12, default: 6 },
  sessionTimeCapMin: { min: 20, max: 240, default: 75 },
  equipmentLimits: EQUIPMENT_LIMIT_MAX,
} as const;

function shown(input: unknown): string {
  if (typeof input === 'string') return `"${input}"`;
  if (input === undefined) return 'nothing';
  return typeof input === 'number' ? String(input) : (JSON.stringify(input) ?? String(input));
}
const got =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    `must be ${what}, got ${shown(issue.input)}`;
const list = (values: readonly (string | number)[]): string => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

const wholeNumber = (b: { min: number; max: number }) => {
  const error = got(`a whole number from ${b.min} to ${b.max}`);
  return z.number({ error }).int({ error }).min(b.min, { error }).max(b.max, { error });
};
const kgUpTo = (max: number) => {
  const error = got(`a number above 0 and at most ${max}`);
  return z.number({ error }).positive({ error }).max(max, { error });
};
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: got(`one of ${values.join(', ')}`) });
const isoDate = z.string({ error: got('a date as YYYY-MM-DD') }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: got('a date as YYYY-MM-DD') });

/** POST /programs body (and `liftgraph plan` flags, GraphQL `generateProgram`): zod-validated, defaults filled in. */
export const planRequestSchema = z.object({
  athleteId: z.string({ error: got('an athlete id') }).min(1, { error: 'must name an athlete' }),
  daysPerWeek: z.literal(PLAN_REQUEST_BOUNDS.daysPerWeek, { error: got(list(PLAN_REQUEST_BOUNDS.daysPerWeek)) }),
  goal: oneOf(GOALS).default('general'),
  /** Block length in weeks; the last week of a block of ≥ 4 weeks is a deload. */
  weeks: wholeNumber(PLAN_REQUEST_BOUNDS.weeks)
    .default(PLAN_REQUEST_BOUNDS.weeks.default)
    .describe('block length in weeks (1–12); the last week of a block of 4 or more is a deload'),
  sessionTimeCapMin: wholeNumber(PLAN_REQUEST_BOUNDS.sessionTimeCapMin).default(PLAN_REQUEST_BOUNDS.sessionTimeCapMin.default),
  equipment: z
    .array(oneOf(EQUIPMENT_VALUES))
    .min(1, { error: 'must list at least one kind of equipment' })
    .default([...EQUIPMENT_VALUES]),
  excludedExerciseIds: z.array(z.string().min(1, { error: 'must be an exercise id' })).default([]),
  excludedMuscles: z.array(oneOf(MUSCLE_GROUP_IDS)).default([]),
  priorities: z
    .object({
      muscles: z.array(oneOf(MUSCLE_GROUP_IDS)).default([]),
      exercises: z.array(z.string().min(1, { error: 'must be an exercise id' })).default([]),
    })
    .default({ muscles: [], exercises: [] }),
  /** 3-day layout: full body A/B/C (default) or push/pull/legs. */
  threeDaySplit: oneOf(THREE_DAY_SPLITS).default('full-body'),
  /**
   * What the gym has, when it limits loads: the heaviest dumbbell (kg, one implement) and the smallest
   * plate (kg; a bar takes two, so bar loads move in steps of twice it). Prescriptions respect both.
   */
  equipmentLimits: z
    .object({
      heaviestDumbbellKg: kgUpTo(EQUIPMENT_LIMIT_MAX.heaviestDumbbellKg)
        .optional()
        .describe('heaviest dumbbell the athlete has, kg (one implement): no per-hand dumbbell load is prescribed above it'),
      smallestPlateKg: kgUpTo(EQUIPMENT_LIMIT_MAX.smallestPlateKg)
        .optional()
        .describe('smallest plate, kg: a bar takes two, so barbell loads move in steps of twice it (1.25 → 2.5 kg steps)'),
    })
    .default({})
    .describe('what the gym has, when it limits loads; omitted fields do not limit'),
  /** First day of the block (a Monday is expected); default: the Monday after the last logged session. */
  startDate: isoDate.optional(),
  programId: z.string().min(1, { error: 'must not be empty' }).optional(),
});

export type PlanRequestInput = z.input<typeof planRequestSchema>;
export type PlanRequest = z.output<typeof planRequestSchema>;

export interface FieldError {
  /** Dotted path of the offending field: `daysPerWeek`, `priorities.muscles.0`. */
  field: string;
  /** What is wrong, without the field: `must be 3, 5 or 6, got 4`. */
  message: string;
}

export type ParseResult = { ok: true; request: PlanRequest } | { ok: false; errors: FieldError[] };

/** Validates a request; errors name the field (for HTTP 400 bodies, GraphQL BAD_USER_INPUT, CLI and form messages). */
export function parsePlanRequest(input: unknown): ParseResult {
  const result = planRequestSchema.safeParse(input);
  if (result.success) return { ok: true, request: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(request)', message: issue.message })),
  };
}

/** The one wording of refused fields: `daysPerWeek must be 3, 5 or 6, got 4; weeks must be a whole number from 1 to 12, got 16`. */
export function describeFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.field} ${e.message}`).join('; ');
}

/** Like parsePlanRequest but throws one Error whose message lists every refused field. */
export function planRequest(input: PlanRequestInput): PlanRequest {
  const parsed = parsePlanRequest(input);
  if (!parsed.ok) throw new Error(`invalid plan request: ${describeFieldErrors(parsed.errors)}`);
  return parsed.request;
}
