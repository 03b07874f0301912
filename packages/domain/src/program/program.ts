/**
 * # The program contract
 *
 * One program, one shape, everywhere: what the planner generates and `POST /programs` answers, what
 * `liftgraph plan --json` prints, what Neo4j stores and reads back, and what GraphQL's `Program` and the
 * portal show. A block of weeks (the last of a block of ≥ 4 weeks a deload), each week its training
 * days in order (with their weekday), each day its prescriptions in order.
 *
 * The zod schema is the definition; the TypeScript types are inferred from it and the planner's
 * OpenAPI document is generated from it.
 *
 * @module
 */
import { z } from 'zod';
import { MUSCLE_GROUP_IDS } from '../exercise/exercise.js';
import { GOALS } from './plan-request.js';

/** Where a prescription's numbers came from; `coach` = set by hand in the builder. */
export const PRESCRIPTION_SOURCES = ['gnn', 'rules', 'transfer', 'default', 'coach'] as const;
export type PrescriptionSource = (typeof PRESCRIPTION_SOURCES)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What a prescription was before an automatic or coach change, and why it changed (shown to athlete and coach). */
export const prescriptionAdjustmentSchema = z.object({
  reason: z.string().describe('in a coach\'s words, with numbers: "−2.5 kg: 2 reps short at RIR 0 on Mon 7 Dec"'),
  /** Day (YYYY-MM-DD) the change was made (the logged session's date for autoregulation). */
  date: isoDay,
  /** `autoregulation` = recomputed from a logged session; `coach` = an edit applied to this week. */
  by: z.enum(['autoregulation', 'coach']),
  previous: z.object({ sets: z.number().int(), reps: z.number().int(), loadKg: z.number().nullable(), targetRpe: z.number() }),
});

const muscles = z.array(z.enum(MUSCLE_GROUP_IDS)).describe('free-exercise-db muscle-group names');

/**
 * One exercise in one session of the program. `loadKg` is external load in kg, read with the two flags:
 * - `loadPerHand`: the exercise holds a dumbbell or kettlebell in each hand and `loadKg` is **each**
 *   implement (so 2 × 24 kg for 24 kg per hand); otherwise it is the whole load (bar, stack, one implement);
 * - `bodyweight`: the body is the load (pull-up, dip, push-up) and `loadKg` is the **added** load, null
 *   for body weight alone.
 */
export const programPrescriptionSchema = z.object({
  exerciseId: z.string(),
  exerciseName: z.string(),
  primaryMuscles: muscles,
  secondaryMuscles: muscles,
  sets: z.number().int(),
  reps: z.number().int(),
  loadKg: z
    .number()
    .nullable()
    .describe('external load in kg: each implement when loadPerHand; the added load when bodyweight (null = body weight alone)'),
  loadPerHand: z.boolean().describe('true: a dumbbell or kettlebell in each hand and loadKg is each one (24 = 2 × 24 kg)'),
  bodyweight: z.boolean().describe('true: the body is the load (pull-up, dip, push-up); loadKg is the added load, null for none'),
  restSec: z.number(),
  targetRpe: z.number(),
  rationale: z.string().describe('one line in a coach\'s words with numbers: "+2.5 kg: 3×8 done at 60 kg on 1 Mar"'),
  details: z
    .string()
    .default('')
    .describe('the technical detail behind the rationale (graph edges, model, capacity band): shown behind a "details" disclosure'),
  locked: z.boolean().default(false).describe('true: the coach locked it; autoregulation and propagated edits leave it alone'),
  adjustment: prescriptionAdjustmentSchema
    .nullable()
    .default(null)
    .describe('the last change made to this prescription after generation, with its reason; null = as generated'),
  source: z
    .enum(PRESCRIPTION_SOURCES)
    .describe('where the numbers came from: the model (gnn), the overload rules, a related lift (transfer) or a first exposure (default)'),
});

export const programDaySchema = z.object({
  index: z.number().int().min(0).describe('0-based session of the week'),
  dayOfWeek: z.number().int().min(1).max(7).describe('1 = Monday … 7 = Sunday (the weekday of date)'),
  date: isoDay.describe("the session's calendar day (YYYY-MM-DD, in the athlete's time zone); moved when the session is moved"),
  status: z
    .enum(['planned', 'skipped'])
    .default('planned')
    .describe('skipped: the coach or athlete skipped it (not counted as scheduled); done-ness comes from logged sessions'),
  label: z.string(),
  prescriptions: z.array(programPrescriptionSchema),
});

export const programWeekSchema = z.object({
  index: z.number().int().min(0).describe('0-based week of the block'),
  deload: z.boolean(),
  days: z.array(programDaySchema),
});

/** The program: what the planner generates, stores and answers, and what a stored program reads back as. */
export const programSchema = z.object({
  programId: z.string(),
  athleteId: z.string(),
  daysPerWeek: z.number().int(),
  goal: z.enum(GOALS).default('general'),
  startDate: isoDay.describe('first day of the block (YYYY-MM-DD, a Monday unless the coach chose otherwise)'),
  weeks: z.array(programWeekSchema),
});

export type PrescriptionAdjustment = z.infer<typeof prescriptionAdjustmentSchema>;
export type ProgramPrescription = z.infer<typeof programPrescriptionSchema>;
export type ProgramDay = z.infer<typeof programDaySchema>;
export type ProgramWeek = z.infer<typeof programWeekSchema>;
export type Program = z.infer<typeof programSchema>;
