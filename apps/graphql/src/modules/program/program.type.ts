import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

// The one Program of the API: the domain's program contract (@liftgraph/domain/program: weeks → days →
// prescriptions) as stored, with what the store adds (name, goal, status, createdAt, author). The load of
// a prescription is one number read with two flags.
const LOAD_KG = 'kg: each dumbbell or kettlebell when loadPerHand; the added load when bodyweight (null = body weight alone)';
const LOAD_PER_HAND = 'A dumbbell or kettlebell in each hand: the load is each one (24 = 2 × 24 kg).';
const BODYWEIGHT = 'The body is the load (pull-up, dip, push-up); the load is what is added to it.';

@ObjectType('Prescription')
export class PrescriptionType {
  @Field(() => Int, { description: 'Place in the day (0-based); with the week and day, what updatePrescription edits.' })
  order!: number;

  @Field(() => ID)
  exerciseId!: string;

  @Field(() => String, { description: 'The exercise name as prescribed.' })
  exerciseName!: string;

  @Field(() => [String], { description: 'Muscle groups trained as primary mover, as prescribed.' })
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

  @Field(() => Float)
  targetRpe!: number;

  @Field(() => String, { description: 'Why these numbers, in one line with numbers.' })
  rationale!: string;

  @Field(() => String, { description: 'Where the numbers came from: gnn | rules | transfer | default' })
  source!: string;
}

@ObjectType('ProgramDay')
export class ProgramDayType {
  @Field(() => Int, { description: '0-based session of the week' })
  index!: number;

  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' })
  dayOfWeek!: number;

  @Field(() => String)
  label!: string;

  @Field(() => [PrescriptionType])
  prescriptions!: PrescriptionType[];
}

@ObjectType('ProgramWeek')
export class ProgramWeekType {
  @Field(() => Int, { description: '0-based week of the block' })
  index!: number;

  @Field(() => Boolean, { description: 'A lighter week (fewer sets, less load).' })
  deload!: boolean;

  @Field(() => [ProgramDayType])
  days!: ProgramDayType[];
}

@ObjectType('Program', {
  description: 'A block of weeks, each its training days, each day its prescriptions: what the planner generated, as stored and edited.',
})
export class ProgramType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  daysPerWeek!: number;

  @Field(() => [ProgramWeekType], { description: 'The block, week by week (the last of a block of 4 or more weeks is a deload).' })
  weeks!: ProgramWeekType[];

  @Field(() => String)
  goal!: string;

  @Field(() => String, { description: 'draft | active | archived' })
  status!: string;

  @Field(() => String)
  createdAt!: string;

  @Field(() => ID)
  athleteId!: string;

  @Field(() => ID, { nullable: true })
  coachId!: string | null;
}
