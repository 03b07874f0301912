import type { GraphQLResolveInfo } from 'graphql';
import { randomUUID } from 'node:crypto';
import { detectPersonalRecords } from '@liftgraph/domain';
import { isTimeZone } from '@liftgraph/domain/science';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { intInRange, nonEmpty, oneOf, positiveUpTo } from '../../errors/validate.js';
import { toLoggedWorkout, toPersonalRecordType } from '../workout/after-workout.js';
import { CreateAthleteInput } from './athlete.input.js';
import { ProgramType } from '../program/program.type.js';
import { athletePrograms, athleteToday } from '../program/program-access.js';
import { selectsField } from '../../selection.js';
import { statusFetchFrom } from '../../loaders.js';
import { athleteStatus } from './athlete-status.js';
import { rosterScope } from './roster-scope.js';
import {
  AthleteStatusType,
  AthleteType,
  E1rmPointType,
  PersonalRecordType,
  type MuscleSetsType,
  SessionConnectionType,
  WeeklyHardSetsType,
  WeeklyLoadType,
} from './athlete.type.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Sessions whose records `personalRecords` reports (each read against the whole log before it). */
const PR_SESSIONS = 60;
const ATHLETE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
/** An athlete id's readable part from a name (also used by imports that create an athlete). */
export const slug = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40) || 'athlete';
function checkAthleteId(id: string): string {
  if (!ATHLETE_ID.test(id))
    throw new ApiError('BAD_USER_INPUT', `id must be 1–80 letters, digits, '.', '_' or '-' (starting with a letter or digit), got "${id}"`);
  return id;
}
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
    const withStatus = selectsField(info, 'status');
    const entries = await ctx.repos.roster.roster(
      await rosterScope(ctx.access, limit),
      withStatus ? { statusFrom: statusFetchFrom(ctx.services.today) } : {},
    );
    for (const { profile, status } of entries) {
      ctx.loaders.athleteById.prime(profile.id, profile);
      if (status !== null)
        ctx.loaders.statusByAthleteId.prime(profile.id, athleteStatus({ ...status, today: ctx.services.today(profile.timeZone) }));
    }
    return entries.map((e) => e.profile);
  }

  @Authorized(...ROLES.athleteData)
  @Query(() => AthleteType, { nullable: true })
  async athlete(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AthleteType | null> {
    await ctx.access.assertAthlete(id);
    return ctx.loaders.athleteById.load(id);
  }

  @Authorized(...ROLES.programWriters)
  @Mutation(() => AthleteType, {
    description: 'Creates an athlete with no history (id default from the name); a coach creating one becomes their coach.',
  })
  async createAthlete(@Ctx() ctx: Context, @Arg('input', () => CreateAthleteInput) input: CreateAthleteInput): Promise<AthleteType> {
    const viewer = ctx.access.requireViewer();
    const name = nonEmpty('name', input.name, 120);
    const id = input.id == null ? `${slug(name)}-${randomUUID().slice(0, 6)}` : checkAthleteId(input.id);
    const timeZone = input.timeZone ?? 'UTC';
    if (!isTimeZone(timeZone))
      throw new ApiError('BAD_USER_INPUT', `timeZone must be an IANA time zone such as Europe/Paris or UTC, got "${timeZone}"`);
    const unit = input.unit == null ? 'kg' : oneOf('unit', input.unit, ['kg', 'lbs'] as const);
    const bodyweightKg = input.bodyweightKg == null ? null : positiveUpTo('bodyweightKg', input.bodyweightKg, 400);
    if ((await ctx.loaders.athleteById.load(id)) !== null)
      throw new ApiError('BAD_USER_INPUT', `athlete "${id}" already exists; pick another id`);
    await ctx.repos.athletes.create({ id, name, timeZone, unit, bodyweightKg, coachId: viewer.role === 'COACH' ? viewer.coachId : null });
    ctx.loaders.athleteById.clear(id);
    const created = await ctx.loaders.athleteById.load(id);
    if (created === null) throw new ApiError('NOT_FOUND', `athlete "${id}" vanished after its creation; try again`);
    return created;
  }

  @FieldResolver(() => String, { description: "The athlete's today (YYYY-MM-DD) in their time zone, from the server clock." })
  async today(@Root() a: AthleteType, @Ctx() ctx: Context): Promise<string> {
    return (await athleteToday(ctx, a.id)).today;
  }

  @FieldResolver(() => [PersonalRecordType], {
    complexity: 25,
    description: `Personal records (e1RM and rep records) set in the athlete's last ${PR_SESSIONS} sessions, newest first.`,
  })
  async personalRecords(
    @Root() a: AthleteType,
    @Ctx() ctx: Context,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
  ): Promise<PersonalRecordType[]> {
    intInRange('limit', limit, 1, 200);
    const history = await ctx.repos.history.history(a.id);
    const sessions = (history?.sessions ?? []).map((s) => toLoggedWorkout(a.id, s));
    const records = sessions.slice(-PR_SESSIONS).flatMap((s) => {
      const i = sessions.indexOf(s);
      return detectPersonalRecords(sessions.slice(0, i), s);
    });
    const names = await Promise.all([...new Set(records.map((r) => r.exerciseId))].map((id) => ctx.loaders.exerciseById.load(id)));
    const byId = new Map(names.flatMap((e) => (e === null ? [] : [[e.id, e.name] as const])));
    return records
      .reverse()
      .slice(0, limit)
      .map((r) => toPersonalRecordType(r, (id) => byId.get(id) ?? id));
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
    return athletePrograms(ctx, a.id);
  }
}
