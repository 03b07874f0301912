import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ModelMetric')
export class ModelMetricType {
  @Field(() => String, { description: 'Dotted path into the stored metrics, e.g. test.weight.mae.' })
  name!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('ModelVersion')
export class ModelVersionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => String)
  createdAt!: string;

  @Field(() => String, { nullable: true })
  artifact!: string | null;

  @Field(() => [String])
  features!: string[];

  @Field(() => [ModelMetricType])
  metrics!: ModelMetricType[];

  @Field(() => String, { nullable: true, description: 'The stored metrics JSON, unflattened.' })
  metricsJson!: string | null;
}

@ObjectType('TrainingRun', { description: 'A training job started by trainModel; poll it for progress.' })
export class TrainingRunType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'RUNNING | SUCCEEDED | FAILED' })
  status!: string;

  @Field(() => String)
  startedAt!: string;

  @Field(() => String, { nullable: true })
  finishedAt!: string | null;

  @Field(() => Int, { nullable: true })
  exitCode!: number | null;

  @Field(() => [String], { description: "The trainer's latest output lines (progress)." })
  logTail!: string[];
}
