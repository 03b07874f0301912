import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { intInRange, oneOf } from '../../errors/validate.js';
import { found } from '../../loaders.js';
import { ExerciseFilterInput } from './exercise.input.js';
import {
  ExerciseNeighbourType,
  ExerciseType,
  MuscleTargetType,
  RankedExerciseType,
  SharedMuscleType,
  TransferPathType,
} from './exercise.type.js';

@Resolver(() => ExerciseType)
export class ExerciseResolver {
  @Authorized(...ROLES.anyone)
  @Query(() => [ExerciseType], { description: 'Search and filter the exercise catalog.' })
  exercises(
    @Ctx() ctx: Context,
    @Arg('filter', () => ExerciseFilterInput, { nullable: true }) filter: ExerciseFilterInput | null,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<ExerciseType[]> {
    const role = filter?.role == null ? null : oneOf('filter.role', filter.role, ['primary', 'secondary'] as const);
    return ctx.repos.exerciseBatch.search({
      text: filter?.text ?? null,
      muscle: filter?.muscle ?? null,
      role,
      pattern: filter?.pattern ?? null,
      equipment: filter?.equipment ?? null,
      mechanic: filter?.mechanic ?? null,
      limit: intInRange('limit', limit, 1, 200),
      offset: intInRange('offset', offset, 0, 100_000),
    });
  }

  @Authorized(...ROLES.anyone)
  @Query(() => ExerciseType, { nullable: true })
  exercise(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ExerciseType | null> {
    return ctx.loaders.exerciseById.load(id);
  }

  @Authorized(...ROLES.anyone)
  @Query(() => [ExerciseType], { description: 'Several exercises by id (unknown ids are skipped).' })
  async exercisesByIds(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]): Promise<ExerciseType[]> {
    intInRange('ids.length', ids.length, 0, 200);
    return found(await ctx.loaders.exerciseById.loadMany(ids));
  }

  @Authorized(...ROLES.anyone)
  @Query(() => [RankedExerciseType], { description: 'SIMILAR_TO neighbours, most similar first.' })
  similarExercises(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
  ): Promise<RankedExerciseType[]> {
    return ctx.repos.exercises.similar(id, intInRange('limit', limit, 1, 100));
  }

  @Authorized(...ROLES.anyone)
  @Query(() => [ExerciseNeighbourType], {
    description: 'TRANSFERS_TO and SIMILAR_TO neighbours of an exercise in both directions, the strongest `limit` per kind and direction.',
  })
  exerciseNeighbours(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('limit', () => Int, { defaultValue: 8 }) limit: number,
  ): Promise<ExerciseNeighbourType[]> {
    return ctx.repos.exercises.neighbours(id, intInRange('limit', limit, 1, 50));
  }

  @Authorized(...ROLES.anyone)
  @Query(() => [RankedExerciseType], { description: 'Alternatives to an exercise that use only the given equipment.' })
  substitutes(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('equipment', () => [String]) equipment: string[],
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
  ): Promise<RankedExerciseType[]> {
    return ctx.repos.exercises.substitutes(
      id,
      equipment as Parameters<Context['services']['repos']['exercises']['substitutes']>[1],
      intInRange('limit', limit, 1, 100),
    );
  }

  @Authorized(...ROLES.anyone)
  @Query(() => [SharedMuscleType])
  sharedMuscles(@Ctx() ctx: Context, @Arg('a', () => ID) a: string, @Arg('b', () => ID) b: string): Promise<SharedMuscleType[]> {
    return ctx.repos.exercises.sharedMuscles(a, b);
  }

  @Authorized(...ROLES.anyone)
  @Query(() => [TransferPathType], { description: 'TRANSFERS_TO chains from → to, strongest first (at most 3 hops).' })
  transferPath(
    @Ctx() ctx: Context,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 3 }) maxHops: number,
  ): Promise<TransferPathType[]> {
    return ctx.repos.exercises.transferPaths(from, to, { maxHops: intInRange('maxHops', maxHops, 1, 3) });
  }

  @FieldResolver(() => [MuscleTargetType])
  async targets(@Root() exercise: ExerciseType, @Ctx() ctx: Context): Promise<MuscleTargetType[]> {
    return ctx.loaders.targetsByExerciseId.load(exercise.id);
  }

  @FieldResolver(() => [String])
  async primaryMuscles(@Root() exercise: ExerciseType, @Ctx() ctx: Context): Promise<string[]> {
    return (await ctx.loaders.targetsByExerciseId.load(exercise.id)).filter((t) => t.role === 'primary').map((t) => t.muscle);
  }

  @FieldResolver(() => [String])
  async secondaryMuscles(@Root() exercise: ExerciseType, @Ctx() ctx: Context): Promise<string[]> {
    return (await ctx.loaders.targetsByExerciseId.load(exercise.id)).filter((t) => t.role === 'secondary').map((t) => t.muscle);
  }
}

@Resolver(() => TransferPathType)
export class TransferPathResolver {
  @FieldResolver(() => [ExerciseType])
  async exercises(@Root() path: TransferPathType, @Ctx() ctx: Context): Promise<ExerciseType[]> {
    return found(await ctx.loaders.exerciseById.loadMany(path.exerciseIds));
  }
}
