import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ModelMetric')
export class ModelMetricType {
  @Field(() => String, { description: 'Dotted path into the stored metrics, e.g. test.weight.mae.' })
  name!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('LossPoint')
export class LossPointType {
  @Field(() => Int, { description: '1 = the first epoch.' })
  epoch!: number;

  @Field(() => Float, { description: 'Mean squared error of the standardized targets.' })
  loss!: number;
}

@ObjectType('LossCurve', { description: 'The loss of every epoch of the training run that produced the saved weights.' })
export class LossCurveType {
  @Field(() => String, { description: 'train (validation curves are not recorded yet).' })
  split!: string;

  @Field(() => [LossPointType])
  points!: LossPointType[];
}

@ObjectType('ShapFeatureImportance')
export class ShapFeatureImportanceType {
  @Field(() => String)
  feature!: string;

  @Field(() => Float, { description: "Mean |SHAP value| over the explained nodes, in the target's unit." })
  meanAbs!: number;
}

@ObjectType('ShapTargetRanking')
export class ShapTargetRankingType {
  @Field(() => String, { description: 'weight | reps | rest' })
  target!: string;

  @Field(() => String, { description: 'kg, reps or s' })
  unit!: string;

  @Field(() => [ShapFeatureImportanceType], { description: 'Most important first.' })
  features!: ShapFeatureImportanceType[];
}

@ObjectType('GlobalShap', {
  description: "The model's global KernelSHAP ranking, computed by the training run on sampled test performances.",
})
export class GlobalShapType {
  @Field(() => Int)
  explainedNodes!: number;

  @Field(() => Int)
  backgroundRows!: number;

  @Field(() => Int, { description: 'Coalition budget per explained node.' })
  numSamples!: number;

  @Field(() => [ShapTargetRankingType])
  targets!: ShapTargetRankingType[];
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

  @Field(() => Boolean, {
    description: 'Its test errors beat both the persistence and the rule baselines (the planner serves only such versions).',
  })
  beatsBaselines!: boolean;

  @Field(() => [LossCurveType], { description: 'Loss per epoch as the training run recorded it; empty for versions recorded without one.' })
  lossCurves!: LossCurveType[];

  @Field(() => GlobalShapType, {
    nullable: true,
    description: 'Global SHAP ranking the training run computed; null for versions recorded without one.',
  })
  globalShap!: GlobalShapType | null;
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
