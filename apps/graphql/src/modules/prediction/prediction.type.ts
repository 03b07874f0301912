import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType('PredictionReason', { description: 'A one-line reason behind the served number: an overload rule, or the model without SHAP.' })
export class PredictionReasonType {
  @Field(() => String, { description: '`rule:<id>` or `model:<name>`' })
  feature!: string;

  @Field(() => Float, { description: 'Change of the next weight versus last time, in `unit`.' })
  contribution!: number;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String, { nullable: true, description: 'The reason in words.' })
  note!: string | null;
}

@ObjectType('ShapReason', { description: "One feature's SHAP contribution to a predicted target." })
export class ShapReasonType {
  @Field(() => String, { description: 'Learning-graph feature id.' })
  feature!: string;

  @Field(() => String, { description: 'The feature in coach words.' })
  label!: string;

  @Field(() => Float, { nullable: true, description: "The feature's value for the explained performance, in `valueUnit`." })
  value!: number | null;

  @Field(() => String)
  valueUnit!: string;

  @Field(() => Float, { description: 'Signed contribution in the target unit (kg, reps or s).' })
  contribution!: number;

  @Field(() => String, { description: 'up, down or none.' })
  direction!: string;
}

@ObjectType('TargetShap', { description: 'Why the model predicts a target: baseValue + Σ reasons + otherContribution = prediction.' })
export class TargetShapType {
  @Field(() => String, { description: 'weight, reps or rest.' })
  target!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => Float, { nullable: true, description: 'The last performance ("repeat last time").' })
  lastValue!: number | null;

  @Field(() => Float, { description: "Last value plus the model's average change over the training background." })
  baseValue!: number;

  @Field(() => Float, { description: "The model's unrounded prediction." })
  prediction!: number;

  @Field(() => [ShapReasonType], { description: 'Largest |contribution| first.' })
  reasons!: ShapReasonType[];

  @Field(() => Float, { description: 'Σ contributions of the features not listed.' })
  otherContribution!: number;

  @Field(() => Float, { description: '|Σ contributions − (prediction − baseValue)|, in the target unit.' })
  efficiencyGap!: number;
}

@ObjectType('ShapModel', { description: 'The model whose SHAP reasons are shown.' })
export class ShapModelType {
  @Field(() => String)
  version!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'beat-baselines, did-not-beat-baselines, unverified or pinned.' })
  verdict!: string;
}

@ObjectType('PredictionExplanation', { description: 'SHAP reasons of a prediction, or why there are none.' })
export class PredictionExplanationType {
  @Field(() => String, { description: 'shap, no-model, unavailable or failed.' })
  status!: string;

  @Field(() => String, { description: 'One line for the coach: whose view this is, or why there is no SHAP.' })
  note!: string;

  @Field(() => String, {
    nullable: true,
    description: "served: the number is the model's; model-view: rules set it and this is the model's opinion.",
  })
  role!: string | null;

  @Field(() => ShapModelType, { nullable: true })
  model!: ShapModelType | null;

  @Field(() => String, { nullable: true, description: 'Date of the performance whose next session is explained.' })
  performanceDate!: string | null;

  @Field(() => [TargetShapType])
  targets!: TargetShapType[];
}

@ObjectType('Prediction', {
  description: 'Next weight/reps/rest for an exercise (model or overload rules), with its reasons and SHAP explanation.',
})
export class PredictionType {
  @Field(() => ID)
  exerciseId!: string;

  @Field(() => Float, { nullable: true })
  nextWeightKg!: number | null;

  @Field(() => Float, { nullable: true })
  nextReps!: number | null;

  @Field(() => Float, { nullable: true })
  nextRestSec!: number | null;

  @Field(() => String, { description: 'gnn (the model set the number) or rules.' })
  source!: string;

  @Field(() => String)
  rationale!: string;

  @Field(() => [PredictionReasonType])
  reasons!: PredictionReasonType[];

  @Field(() => PredictionExplanationType)
  explanation!: PredictionExplanationType;
}
