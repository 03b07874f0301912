import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType('WorkoutSetInput')
export class WorkoutSetInput {
  @Field(() => Int, { nullable: true, description: 'null only for a set not done (done: false).' })
  reps?: number | null;

  @Field(() => Float, { nullable: true, description: 'kg; null for bodyweight sets.' })
  weightKg?: number | null;

  @Field(() => Float, { nullable: true })
  rpe?: number | null;

  @Field(() => Float, { nullable: true })
  rir?: number | null;

  @Field(() => Float, { nullable: true, description: 'Actual rest before the set (s), from the rest timer.' })
  restSec?: number | null;

  @Field(() => Boolean, { defaultValue: true, description: 'false: a set left blank, stored as not done.' })
  done!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  warmup!: boolean;
}

@InputType('WorkoutPerformanceInput')
export class WorkoutPerformanceInput {
  @Field(() => ID)
  exerciseId!: string;

  @Field(() => [WorkoutSetInput])
  sets!: WorkoutSetInput[];
}

@InputType('LogWorkoutInput', { description: "One session the athlete did, optionally fulfilling a program's day." })
export class LogWorkoutInput {
  @Field(() => ID)
  athleteId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Day of the session (YYYY-MM-DD, the athlete's time zone); default their today. Back-dating allowed, a future date refused.",
  })
  date?: string | null;

  @Field(() => ID, { nullable: true })
  programId?: string | null;

  @Field(() => Int, { nullable: true, description: 'With programId and day: the program day (0-based week) this session fulfils.' })
  week?: number | null;

  @Field(() => Int, { nullable: true, description: '0-based session of the week.' })
  day?: number | null;

  @Field(() => String, { nullable: true, description: 'Local start, YYYY-MM-DDTHH:MM[:SS]; default the date at 00:00 (or now).' })
  startedAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Local end, YYYY-MM-DDTHH:MM[:SS]: the duration (session-RPE load) comes from start and end.',
  })
  endedAt?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => Float, { nullable: true })
  durationMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Session RPE (CR-10), for the session-RPE load.' })
  sessionRpe?: number | null;

  @Field(() => [WorkoutPerformanceInput])
  performances!: WorkoutPerformanceInput[];
}
