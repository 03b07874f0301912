import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('PopulationSummary', { description: 'Anonymized totals over every athlete.' })
export class PopulationSummaryType {
  @Field(() => Int)
  athletes!: number;

  @Field(() => Int)
  sessions!: number;

  @Field(() => Int)
  performances!: number;

  @Field(() => Float, { nullable: true })
  meanSessionLoadAu!: number | null;
}
