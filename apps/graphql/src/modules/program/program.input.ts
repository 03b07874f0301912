import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType('EquipmentLimitsInput', { description: 'What the gym has, when it limits loads; a field left out does not limit.' })
export class EquipmentLimitsInput {
  @Field(() => Float, { nullable: true, description: 'Heaviest dumbbell, kg (one implement): no per-hand dumbbell load is prescribed above it. Above 0, at most 250.' })
  heaviestDumbbellKg?: number | null;

  @Field(() => Float, { nullable: true, description: 'Smallest plate, kg: a bar takes two, so barbell loads move in steps of twice it. Above 0, at most 25.' })
  smallestPlateKg?: number | null;
}

@InputType('GenerateProgramInput')
export class GenerateProgramInput {
  @Field(() => ID)
  athleteId!: string;

  @Field(() => Int, { description: '3, 5 or 6' })
  daysPerWeek!: number;

  @Field(() => String, { description: 'strength | hypertrophy | general' })
  goal!: string;

  @Field(() => Int, { defaultValue: 6 })
  weeks!: number;

  @Field(() => Int, { defaultValue: 75 })
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

  @Field(() => Float, { nullable: true, description: 'Read like Prescription.weightKg (each implement when loadPerHand, the added load when bodyweight); the flags do not change.' })
  weightKg?: number | null;

  @Field(() => Float, { nullable: true })
  restSec?: number | null;

  @Field(() => Float, { nullable: true })
  targetRpe?: number | null;

  @Field(() => String, { nullable: true })
  rationale?: string | null;
}
