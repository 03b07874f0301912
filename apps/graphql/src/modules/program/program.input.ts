import { EQUIPMENT_LIMIT_MAX, PLAN_REQUEST_BOUNDS } from '@liftgraph/domain/program';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

const { weeks: WEEKS, sessionTimeCapMin: CAP } = PLAN_REQUEST_BOUNDS;

@InputType('EquipmentLimitsInput', { description: 'What the gym has, when it limits loads; a field left out does not limit.' })
export class EquipmentLimitsInput {
  @Field(() => Float, {
    nullable: true,
    description: `Heaviest dumbbell, kg (one implement): no per-hand dumbbell load is prescribed above it. Above 0, at most ${EQUIPMENT_LIMIT_MAX.heaviestDumbbellKg}.`,
  })
  heaviestDumbbellKg?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `Smallest plate, kg: a bar takes two, so barbell loads move in steps of twice it. Above 0, at most ${EQUIPMENT_LIMIT_MAX.smallestPlateKg}.`,
  })
  smallestPlateKg?: number | null;
}

@InputType('GenerateProgramInput', {
  description: "What the planner is asked for; checked against the domain's plan request (its bounds) before the planner is called.",
})
export class GenerateProgramInput {
  @Field(() => ID)
  athleteId!: string;

  @Field(() => Int, { description: '3, 5 or 6' })
  daysPerWeek!: number;

  @Field(() => String, { description: 'strength | hypertrophy | general' })
  goal!: string;

  @Field(() => Int, {
    defaultValue: WEEKS.default,
    description: `Block length, ${WEEKS.min}–${WEEKS.max} weeks; the last week of a block of 4 or more is a deload.`,
  })
  weeks!: number;

  @Field(() => Int, { defaultValue: CAP.default, description: `Minutes per session, ${CAP.min}–${CAP.max}.` })
  sessionTimeCapMin!: number;

  @Field(() => [String], { defaultValue: [], description: 'Available equipment; empty = everything.' })
  equipment!: string[];

  @Field(() => [ID], { defaultValue: [] })
  excludedExerciseIds!: string[];

  @Field(() => [String], { defaultValue: [] })
  excludedMuscles!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Muscle groups to favour.' })
  priorityMuscles!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Exercises to keep in the program.' })
  priorityExerciseIds!: string[];

  @Field(() => String, { nullable: true, description: '3-day layout: full-body (default) or push-pull-legs.' })
  threeDaySplit?: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the block (YYYY-MM-DD, a Monday).' })
  startDate?: string | null;

  @Field(() => EquipmentLimitsInput, { nullable: true, description: 'Heaviest dumbbell and smallest plate, when the gym limits loads.' })
  equipmentLimits?: EquipmentLimitsInput | null;
}

@InputType('PrescriptionPatch', { description: 'Only the fields given change.' })
export class PrescriptionPatchInput {
  @Field(() => Int, { nullable: true })
  sets?: number | null;

  @Field(() => Int, { nullable: true })
  reps?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Read like Prescription.loadKg (each implement when loadPerHand, the added load when bodyweight); the flags do not change.',
  })
  loadKg?: number | null;

  @Field(() => Float, { nullable: true })
  restSec?: number | null;

  @Field(() => Float, { nullable: true })
  targetRpe?: number | null;

  @Field(() => String, { nullable: true })
  rationale?: string | null;
}

@InputType('ProgramEditInput', {
  description:
    'One edit of a program day: update | swap | add | remove | reorder | lock, on this week only or this and the following weeks (same slot: same exercise, same day index; locked prescriptions untouched).',
})
export class ProgramEditInput {
  @Field(() => String, { description: 'update | swap | add | remove | reorder | lock' })
  kind!: string;

  @Field(() => Int, { description: '0-based week of the block' })
  week!: number;

  @Field(() => Int, { description: '0-based session of the week' })
  day!: number;

  @Field(() => Int, { nullable: true, description: "The prescription's place in the day (all kinds but add)." })
  order?: number | null;

  @Field(() => String, { defaultValue: 'this-week', description: 'this-week | following-weeks' })
  scope!: string;

  @Field(() => PrescriptionPatchInput, { nullable: true, description: 'update: the fields that change.' })
  patch?: PrescriptionPatchInput | null;

  @Field(() => ID, { nullable: true, description: 'swap, add: the exercise.' })
  exerciseId?: string | null;

  @Field(() => Int, { nullable: true, description: 'reorder: the new place in the day.' })
  toOrder?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'lock: true locks, false unlocks.' })
  locked?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'add: sets (default 3).' })
  sets?: number | null;

  @Field(() => Int, { nullable: true, description: 'add: reps (default 8).' })
  reps?: number | null;

  @Field(() => Float, { nullable: true, description: 'swap, add: the load (default: carried over from the swap suggestion).' })
  loadKg?: number | null;
}
