import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { found } from '../../loaders.js';
import { ExerciseType, MuscleGroupType } from './exercise.type.js';

@Resolver(() => MuscleGroupType)
export class MuscleGroupResolver {
  @Authorized(...ROLES.anyone)
  @Query(() => [MuscleGroupType])
  muscleGroups(@Ctx() ctx: Context): Promise<MuscleGroupType[]> {
    return ctx.repos.exerciseBatch.muscleGroups();
  }

  @FieldResolver(() => [ExerciseType], { description: 'Top exercises with this muscle group as primary mover (by share).' })
  async exercises(@Root() muscle: MuscleGroupType, @Ctx() ctx: Context): Promise<ExerciseType[]> {
    const ids = await ctx.loaders.exerciseIdsByMuscleId.load(muscle.id);
    return found(await ctx.loaders.exerciseById.loadMany(ids));
  }
}
