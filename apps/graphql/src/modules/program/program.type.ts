import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

// The one Program of the API: the domain's program contract (@liftgraph/domain/program: weeks → days →
// prescriptions) as stored, with what the store adds (name, goal, status, createdAt, author). The load of
// a prescription is one number read with two flags.
const LOAD_KG = 'kg: each dumbbell or kettlebell when loadPerHand; the added load when bodyweight (null = body weight alone)';
const LOAD_PER_HAND = 'A dumbbell or kettlebell in each hand: the load is each one (24 = 2 × 24 kg).';
const BODYWEIGHT = 'The body is the load (pull-up, dip, push-up); the load is what is added to it.';

@ObjectType('PrescriptionAdjustment', { description: 'What a prescription was before its last change, and why it changed.' })
export class PrescriptionAdjustmentType {
  @Field(() => String, { description: 'In a coach\'s words, with numbers: "−2.5 kg: 2 reps short at RIR 0 on Mon 7 Dec".' })
  reason!: string;

  @Field(() => String, { description: "Day of the change (YYYY-MM-DD): the logged session's date for autoregulation." })
  date!: string;

  @Field(() => String, { description: 'autoregulation | coach' })
  by!: string;

  @Field(() => Int)
  previousSets!: number;

  @Field(() => Int)
  previousReps!: number;

  @Field(() => Float, { nullable: true })
  previousLoadKg!: number | null;

  @Field(() => Float)
  previousTargetRpe!: number;
}

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

  @Field(() => String, { description: 'Where the numbers came from: gnn | rules | transfer | default | coach' })
  source!: string;

  @Field(() => String, {
    description: "The technical detail behind the rationale (graph, model, capacity band), for a 'details' disclosure; '' when none.",
  })
  details!: string;

  @Field(() => Boolean, { description: 'Locked by the coach: autoregulation and propagated edits leave it alone.' })
  locked!: boolean;

  @Field(() => PrescriptionAdjustmentType, {
    nullable: true,
    description: 'The last change after generation, with its reason; null = as generated.',
  })
  adjustment!: PrescriptionAdjustmentType | null;
}

@ObjectType('ProgramDay')
export class ProgramDayType {
  @Field(() => Int, { description: '0-based session of the week' })
  index!: number;

  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' })
  dayOfWeek!: number;

  @Field(() => String, { description: "The session's calendar day (YYYY-MM-DD, the athlete's time zone); moved with moveSession." })
  date!: string;

  @Field(() => String, { description: 'planned | skipped (skipped days are not counted as scheduled).' })
  status!: string;

  @Field(() => String, {
    description:
      "As of the athlete's today: done (a logged session fulfils it) | missed (before today, not done, not skipped) | skipped | today | upcoming.",
  })
  state!: string;

  @Field(() => ID, { nullable: true, description: 'The logged session that fulfils this day, if any.' })
  sessionId!: string | null;

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

  @Field(() => String, { description: 'strength | hypertrophy | general' })
  goal!: string;

  @Field(() => String, { description: 'First day of the block (YYYY-MM-DD).' })
  startDate!: string;

  @Field(() => String, { description: 'draft | active | archived | template' })
  status!: string;

  @Field(() => String)
  createdAt!: string;

  @Field(() => ID)
  athleteId!: string;

  @Field(() => ID, { nullable: true })
  coachId!: string | null;
}

@ObjectType('SwapOption', { description: 'A substitute for a prescription, graph-ranked, with the load carried over.' })
export class SwapOptionType {
  @Field(() => ID)
  exerciseId!: string;

  @Field(() => String, { description: 'Plain words: "same pattern (horizontal push), shares chest and triceps, uses dumbbells".' })
  reason!: string;

  @Field(() => Float, { nullable: true, description: LOAD_KG })
  loadKg!: number | null;

  @Field(() => Boolean, { description: LOAD_PER_HAND })
  loadPerHand!: boolean;

  @Field(() => Boolean, { description: BODYWEIGHT })
  bodyweight!: boolean;

  @Field(() => String, {
    description: "Where the load comes from: the athlete's own capacity for it, or the current load scaled by a strength ratio.",
  })
  loadBasis!: string;

  @Field(() => Float, { description: 'Graph similarity score, higher first.' })
  score!: number;
}

@ObjectType('AdjustmentChange', { description: 'One prescription changed by autoregulation after a logged session.' })
export class AdjustmentChangeType {
  @Field(() => Int)
  week!: number;

  @Field(() => Int)
  day!: number;

  @Field(() => Int)
  order!: number;

  @Field(() => String)
  date!: string;

  @Field(() => String)
  exerciseName!: string;

  @Field(() => String)
  reason!: string;
}
