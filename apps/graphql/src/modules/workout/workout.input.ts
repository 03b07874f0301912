import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType('WorkoutSetInput')
export class WorkoutSetInput {
  @Field(() => Int)
  reps!: number;

  @Field(() => Float, { nullable: true, description: 'kg; null for bodyweight sets.' })
  weightKg?: number | null;

  @Field(() => Float, { nullable: true })
  rpe?: number | null;

  @Field(() => Float, { nullable: true })
  rir?: number | null;

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

@InputType('LogWorkoutInput', { description: "One session the athlete did, optionally against a program's day." })
export class LogWorkoutInput {
  @Field(() => ID)
  athleteId!: string;

  @Field(() => ID, { nullable: true })
  programId?: string | null;

  @Field(() => String, { nullable: true, description: 'Local start, YYYY-MM-DDTHH:MM:SS; default now (UTC).' })
  startedAt?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => Float, { nullable: true })
  durationMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Session RPE (CR-10), for the session-RPE load.' })
  sessionRpe?: number | null;

  @Field(() => [WorkoutPerformanceInput])
  performances!: WorkoutPerformanceInput[];
}
