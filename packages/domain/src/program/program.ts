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

/** Where a prescription's numbers came from. */
export const PRESCRIPTION_SOURCES = ['gnn', 'rules', 'transfer', 'default'] as const;
export type PrescriptionSource = (typeof PRESCRIPTION_SOURCES)[number];

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
  rationale: z.string().describe('one line with numbers: "+2.5 kg: 3×8 done at 60 kg on 2024-03-01, ACWR 1.05"'),
  source: z
    .enum(PRESCRIPTION_SOURCES)
    .describe('where the numbers came from: the model (gnn), the overload rules, a related lift (transfer) or a first exposure (default)'),
});

export const programDaySchema = z.object({
  index: z.number().int().min(0).describe('0-based session of the week'),
  dayOfWeek: z.number().int().min(1).max(7).describe('1 = Monday … 7 = Sunday'),
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
  weeks: z.array(programWeekSchema),
});

export type ProgramPrescription = z.infer<typeof programPrescriptionSchema>;
export type ProgramDay = z.infer<typeof programDaySchema>;
export type ProgramWeek = z.infer<typeof programWeekSchema>;
export type Program = z.infer<typeof programSchema>;
