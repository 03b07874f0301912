import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { ExerciseType } from '../exercise/exercise.type.js';
import { toPredictionType } from './prediction.mapper.js';
import { PredictionType } from './prediction.type.js';

@Resolver(() => PredictionType)
export class PredictionResolver {
  @Authorized(...ROLES.athleteData)
  @Query(() => [PredictionType], {
    description:
      "Next-session predictions from the planner (model or overload rules), each with the model's SHAP reasons or why there are none.",
  })
  async predictions(@Ctx() ctx: Context, @Arg('athleteId', () => ID) athleteId: string): Promise<PredictionType[]> {
    await ctx.access.assertAthlete(athleteId);
    await ctx.services.limits.consume(ctx.access.requireViewer().userId, 'predictions');
    return (await ctx.services.planner.predictions(athleteId, ctx.requestId)).map(toPredictionType);
  }

  @FieldResolver(() => ExerciseType, { nullable: true })
  exercise(@Root() p: PredictionType, @Ctx() ctx: Context): Promise<ExerciseType | null> {
    return ctx.loaders.exerciseById.load(p.exerciseId);
  }
}
