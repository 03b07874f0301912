import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType('PredictionReason', { description: 'A SHAP contribution in the target unit.' })
export class PredictionReasonType {
  @Field(() => String)
  feature!: string;

  @Field(() => Float)
  contribution!: number;
}

@ObjectType('Prediction', { description: "The model's next weight/reps/rest for an exercise, with its top reasons." })
export class PredictionType {
  @Field(() => ID)
  exerciseId!: string;

  @Field(() => Float, { nullable: true })
  nextWeightKg!: number | null;

  @Field(() => Float, { nullable: true })
  nextReps!: number | null;

  @Field(() => Float, { nullable: true })
  nextRestSec!: number | null;

  @Field(() => [PredictionReasonType])
  reasons!: PredictionReasonType[];
}
