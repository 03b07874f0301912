import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { intInRange } from '../../errors/validate.js';
import { ProgramType } from '../program/program.type.js';
import { toProgramType } from '../program/program.mapper.js';
import { selectsField } from '../../selection.js';
import { athleteStatus, statusWindowStart } from './athlete-status.js';
import { rosterScope } from './roster-scope.js';
import {
  AthleteStatusType,
  AthleteType,
  E1rmPointType,
  type MuscleSetsType,
  SessionConnectionType,
  WeeklyHardSetsType,
  WeeklyLoadType,
} from './athlete.type.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const checkDate = (name: string, v: string | null | undefined): string | undefined => {
  if (v == null) return undefined;
  if (!DATE.test(v)) throw new ApiError('BAD_USER_INPUT', `${name} must be YYYY-MM-DD, got "${v}"`);
  return v;
};

@Resolver(() => AthleteType)
export class AthleteResolver {
  @Authorized(...ROLES.athleteData)
  @Query(() => [AthleteType], { description: "The viewer's roster: a coach's athletes, an athlete themself, every athlete for an admin." })
  async athletes(
    @Ctx() ctx: Context,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AthleteType[]> {
    intInRange('limit', limit, 1, 500);
    // The coach dashboard: the roster and, when asked for, every athlete's status inputs in one statement.
    const today = ctx.services.today();
    const withStatus = selectsField(info, 'status');
    const entries = await ctx.repos.roster.roster(
      await rosterScope(ctx.access, limit),
      withStatus ? { statusFrom: statusWindowStart(today) } : {},
    );
    for (const { profile, status } of entries) {
      ctx.loaders.athleteById.prime(profile.id, profile);
      if (status !== null) ctx.loaders.statusByAthleteId.prime(profile.id, athleteStatus({ ...status, today }));
    }
    return entries.map((e) => e.profile);
  }

  @Authorized(...ROLES.athleteData)
  @Query(() => AthleteType, { nullable: true })
  async athlete(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AthleteType | null> {
    await ctx.access.assertAthlete(id);
    return ctx.loaders.athleteById.load(id);
  }

  @FieldResolver(() => AthleteStatusType)
  status(@Root() a: AthleteType, @Ctx() ctx: Context): Promise<AthleteStatusType> {
    return ctx.loaders.statusByAthleteId.load(a.id);
  }

  @FieldResolver(() => SessionConnectionType, { complexity: 25 })
  sessions(
    @Root() a: AthleteType,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<SessionConnectionType> {
    return ctx.repos.athletes.sessions(a.id, { limit: intInRange('first', first, 1, 100), after });
  }

  @FieldResolver(() => [E1rmPointType], {
    complexity: 25,
    description: 'e1RM trend of one exercise, oldest first: the capacity estimate with its band as of each session day.',
  })
  e1rmSeries(@Root() a: AthleteType, @Ctx() ctx: Context, @Arg('exerciseId', () => ID) exerciseId: string): Promise<E1rmPointType[]> {
    return ctx.repos.athletes.e1rmSeries(a.id, exerciseId);
  }

  @FieldResolver(() => [WeeklyLoadType], { complexity: 25 })
  weeklyLoad(
    @Root() a: AthleteType,
    @Ctx() ctx: Context,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
  ): Promise<WeeklyLoadType[]> {
    return ctx.repos.athletes.weeklyLoad(a.id, { from: checkDate('from', from), to: checkDate('to', to) });
  }

  @FieldResolver(() => [WeeklyHardSetsType], { complexity: 25 })
  async weeklyHardSets(
    @Root() a: AthleteType,
    @Ctx() ctx: Context,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
  ): Promise<WeeklyHardSetsType[]> {
    const weeks = await ctx.repos.athletes.weeklyHardSets(a.id, { from: checkDate('from', from), to: checkDate('to', to) });
    return weeks.map((w) => ({
      weekStart: w.weekStart,
      muscles: Object.entries(w.sets)
        .map(([muscle, sets]): MuscleSetsType => ({ muscle, sets }))
        .sort((x, y) => x.muscle.localeCompare(y.muscle)),
    }));
  }

  @FieldResolver(() => [ProgramType], { description: 'Programs assigned to the athlete, newest first.' })
  async programs(@Root() a: AthleteType, @Ctx() ctx: Context): Promise<ProgramType[]> {
    const ids = await ctx.loaders.programIdsByAthleteId.load(a.id);
    const programs = await Promise.all(ids.map((id) => ctx.loaders.programById.load(id)));
    return programs.flatMap((p) => (p === null ? [] : [toProgramType(p)]));
  }
}
