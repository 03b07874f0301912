import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

// The load of a prescription is one number read with two flags (the planner's ProgramPrescription).
const LOAD_KG = 'kg: each dumbbell or kettlebell when loadPerHand; the added load when bodyweight (null = body weight alone)';
const LOAD_PER_HAND = 'A dumbbell or kettlebell in each hand: the load is each one (24 = 2 × 24 kg).';
const BODYWEIGHT = 'The body is the load (pull-up, dip, push-up); the load is what is added to it.';

@ObjectType('Prescription')
export class PrescriptionType {
  @Field(() => Int)
  order!: number;

  @Field(() => ID)
  exerciseId!: string;

  @Field(() => Int)
  sets!: number;

  @Field(() => Int)
  reps!: number;

  @Field(() => Float, { nullable: true, description: LOAD_KG })
  weightKg!: number | null;

  @Field(() => Boolean, { description: LOAD_PER_HAND })
  loadPerHand!: boolean;

  @Field(() => Boolean, { description: BODYWEIGHT })
  bodyweight!: boolean;

  @Field(() => Float, { nullable: true })
  restSec!: number | null;

  @Field(() => Float, { nullable: true })
  targetRpe!: number | null;

  @Field(() => String)
  rationale!: string;
}

@ObjectType('ProgramDay')
export class ProgramDayType {
  @Field(() => Int)
  index!: number;

  @Field(() => String)
  label!: string;

  @Field(() => [PrescriptionType])
  prescriptions!: PrescriptionType[];
}

@ObjectType('Program')
export class ProgramType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  daysPerWeek!: number;

  @Field(() => Int)
  weeks!: number;

  @Field(() => String)
  goal!: string;

  @Field(() => String)
  status!: string;

  @Field(() => String)
  createdAt!: string;

  @Field(() => ID, { nullable: true })
  athleteId!: string | null;

  @Field(() => ID, { nullable: true })
  coachId!: string | null;

  @Field(() => [ProgramDayType])
  days!: ProgramDayType[];
}

@ObjectType('PlannedPrescription')
export class PlannedPrescriptionType {
  @Field(() => ID)
  exerciseId!: string;

  @Field(() => String)
  exerciseName!: string;

  @Field(() => [String])
  primaryMuscles!: string[];

  @Field(() => [String])
  secondaryMuscles!: string[];

  @Field(() => Int)
  sets!: number;

  @Field(() => Int)
  reps!: number;

  @Field(() => Float, { nullable: true, description: LOAD_KG })
  loadKg!: number | null;

  @Field(() => Boolean, { description: LOAD_PER_HAND })
  loadPerHand!: boolean;

  @Field(() => Boolean, { description: BODYWEIGHT })
  bodyweight!: boolean;

  @Field(() => Float)
  restSec!: number;

  @Field(() => Float, { nullable: true })
  targetRpe!: number | null;

  @Field(() => String)
  rationale!: string;

  @Field(() => String, { description: 'gnn | rules | transfer | default' })
  source!: string;
}

@ObjectType('PlannedDay')
export class PlannedDayType {
  @Field(() => Int)
  index!: number;

  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' })
  dayOfWeek!: number;

  @Field(() => String)
  label!: string;

  @Field(() => [PlannedPrescriptionType])
  prescriptions!: PlannedPrescriptionType[];
}

@ObjectType('PlannedWeek')
export class PlannedWeekType {
  @Field(() => Int)
  index!: number;

  @Field(() => Boolean)
  deload!: boolean;

  @Field(() => [PlannedDayType])
  days!: PlannedDayType[];
}

@ObjectType('GeneratedProgram', { description: "The planner's week-by-week block, as it returned and stored it." })
export class GeneratedProgramType {
  @Field(() => ID)
  programId!: string;

  @Field(() => ID)
  athleteId!: string;

  @Field(() => Int)
  daysPerWeek!: number;

  @Field(() => [PlannedWeekType])
  weeks!: PlannedWeekType[];
}
