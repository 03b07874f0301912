import { Field, Float, ID, InputType, Int } from 'type-graphql';

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

  @Field(() => [String], { defaultValue: [] })
  equipment!: string[];

  @Field(() => [ID], { defaultValue: [] })
  excludedExerciseIds!: string[];

  @Field(() => [String], { defaultValue: [] })
  excludedMuscles!: string[];

  @Field(() => [String], { defaultValue: [] })
  priorities!: string[];
}

@InputType('PrescriptionPatch', { description: 'Only the fields given change.' })
export class PrescriptionPatchInput {
  @Field(() => Int, { nullable: true })
  sets?: number | null;

  @Field(() => Int, { nullable: true })
  reps?: number | null;

  @Field(() => Float, { nullable: true })
  weightKg?: number | null;

  @Field(() => Float, { nullable: true })
  restSec?: number | null;

  @Field(() => Float, { nullable: true })
  targetRpe?: number | null;

  @Field(() => String, { nullable: true })
  rationale?: string | null;
}
