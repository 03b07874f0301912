import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('LoggedWorkout')
export class LoggedWorkoutType {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => Int)
  performances!: number;

  @Field(() => Int)
  sets!: number;
}

@ObjectType('ImportSummary', { description: 'What an import stored (identical on a re-import of the same file) and which names it could not map.' })
export class ImportSummaryType {
  @Field(() => ID)
  importId!: string;

  @Field(() => String)
  format!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => Int)
  sessions!: number;

  @Field(() => Int)
  performances!: number;

  @Field(() => Int)
  sets!: number;

  @Field(() => String, { nullable: true })
  firstDate!: string | null;

  @Field(() => String, { nullable: true })
  lastDate!: string | null;

  @Field(() => [String], { description: 'Logged exercise names with no confident catalog match (stored as custom exercises).' })
  unmapped!: string[];
}
