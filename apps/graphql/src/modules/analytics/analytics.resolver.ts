import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { intInRange } from '../../errors/validate.js';
import { ExerciseUsageType } from '../exercise/exercise.type.js';
import { PopulationSummaryType } from './analytics.type.js';

/** k-anonymity floor: aggregates over fewer athletes than this are withheld. */
export const MIN_ATHLETES_PER_AGGREGATE = 3;

@Resolver()
export class AnalyticsResolver {
  @Authorized(...ROLES.aggregates)
  @Query(() => [ExerciseUsageType], {
    description: `How many athletes do each exercise (only exercises with ≥ ${MIN_ATHLETES_PER_AGGREGATE} athletes).`,
  })
  exerciseUsage(@Ctx() ctx: Context, @Arg('limit', () => Int, { defaultValue: 50 }) limit: number): Promise<ExerciseUsageType[]> {
    return ctx.repos.exerciseBatch.usage({ minAthletes: MIN_ATHLETES_PER_AGGREGATE, limit: intInRange('limit', limit, 1, 500) });
  }

  @Authorized(...ROLES.aggregates)
  @Query(() => PopulationSummaryType)
  populationSummary(@Ctx() ctx: Context): Promise<PopulationSummaryType> {
    return ctx.repos.exerciseBatch.populationSummary();
  }
}
