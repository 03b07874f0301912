import { sessionDetails } from '@liftgraph/neo4j';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { LoggedExerciseType, SessionType } from '../athlete/athlete.type.js';

@Resolver(() => SessionType)
export class SessionResolver {
  @Authorized(...ROLES.athleteData)
  @Query(() => SessionType, { nullable: true, description: 'One logged session (to edit it).' })
  async session(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<SessionType | null> {
    const [detail] = await sessionDetails(ctx.repos.db, [id]);
    if (detail === undefined) {
      if (ctx.viewer?.role === 'ADMIN') return null;
      throw new ApiError('FORBIDDEN', `you may not access session "${id}"`);
    }
    await ctx.access.assertAthlete(detail.athleteId);
    const summary = await ctx.repos.athletes.sessionById(detail.athleteId, id);
    if (summary === null) return null;
    return summary;
  }

  @FieldResolver(() => [LoggedExerciseType], {
    complexity: 10,
    description: 'Exercises in order, each with its sets (blank ones as not done).',
  })
  async exercises(@Root() s: SessionType, @Ctx() ctx: Context): Promise<LoggedExerciseType[]> {
    const [detail] = await sessionDetails(ctx.repos.db, [s.id]);
    return detail?.exercises ?? [];
  }
}
