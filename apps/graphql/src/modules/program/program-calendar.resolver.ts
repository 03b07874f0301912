import { addDays, isoWeekday } from '@liftgraph/domain/science';
import { dayKey } from '@liftgraph/neo4j';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { intInRange } from '../../errors/validate.js';
import { loadStoredProgram, saveProgram } from './program-access.js';
import { ProgramType } from './program.type.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A session may move this many days before the block's first or after its last day. */
export const MOVE_MARGIN_DAYS = 7;

@Resolver()
export class ProgramCalendarResolver {
  @Authorized(...ROLES.athleteData)
  @Mutation(() => ProgramType, {
    description: `Moves a program day to another date (inside the block ± ${MOVE_MARGIN_DAYS} days); refused for a day already done or a date another day of the program has.`,
  })
  async moveSession(
    @Ctx() ctx: Context,
    @Arg('programId', () => ID) programId: string,
    @Arg('week', () => Int) week: number,
    @Arg('day', () => Int) day: number,
    @Arg('date', () => String) date: string,
  ): Promise<ProgramType> {
    const program = await loadStoredProgram(ctx, programId);
    if (!DATE.test(date)) throw new ApiError('BAD_USER_INPUT', `date must be YYYY-MM-DD, got "${date}"`);
    const target = program.weeks[intInRange('week', week, 0, 100)]?.days[intInRange('day', day, 0, 6)];
    if (target === undefined) throw new ApiError('NOT_FOUND', `program "${programId}" has no day ${day} in week ${week}`);
    if (program.sessionIds[dayKey(week, day)] !== undefined)
      throw new ApiError(
        'BAD_USER_INPUT',
        `week ${week + 1}, day ${day + 1} is already done (logged); edit the logged session's date instead`,
      );
    const dates = program.weeks.flatMap((w) => w.days.map((d) => d.date)).sort();
    const first = addDays(dates[0] ?? program.startDate, -MOVE_MARGIN_DAYS);
    const last = addDays(dates.at(-1) ?? program.startDate, MOVE_MARGIN_DAYS);
    if (date < first || date > last)
      throw new ApiError('BAD_USER_INPUT', `date ${date} is outside the block (${first} to ${last}); pick a date within a week of it`);
    const clash = program.weeks.flatMap((w) => w.days.filter((d) => d !== target && d.date === date).map((d) => ({ w, d })))[0];
    if (clash !== undefined)
      throw new ApiError(
        'BAD_USER_INPUT',
        `${date} already has week ${clash.w.index + 1}, day ${clash.d.index + 1} (${clash.d.label}) of this program; move that one first or pick another date`,
      );
    const moved = structuredClone(program);
    const d = moved.weeks[week]?.days[day];
    if (d !== undefined) Object.assign(d, { date, dayOfWeek: isoWeekday(date) });
    return saveProgram(ctx, program, moved);
  }

  @Authorized(...ROLES.athleteData)
  @Mutation(() => ProgramType, { description: 'Skips a program day (not counted as scheduled) or plans it again (skipped: false).' })
  async skipSession(
    @Ctx() ctx: Context,
    @Arg('programId', () => ID) programId: string,
    @Arg('week', () => Int) week: number,
    @Arg('day', () => Int) day: number,
    @Arg('skipped', () => Boolean) skipped: boolean,
  ): Promise<ProgramType> {
    const program = await loadStoredProgram(ctx, programId);
    if (program.weeks[intInRange('week', week, 0, 100)]?.days[intInRange('day', day, 0, 6)] === undefined)
      throw new ApiError('NOT_FOUND', `program "${programId}" has no day ${day} in week ${week}`);
    if (skipped && program.sessionIds[dayKey(week, day)] !== undefined)
      throw new ApiError(
        'BAD_USER_INPUT',
        `week ${week + 1}, day ${day + 1} is already done (logged); delete the logged session to skip it`,
      );
    const changed = structuredClone(program);
    const d = changed.weeks[week]?.days[day];
    if (d !== undefined) d.status = skipped ? 'skipped' : 'planned';
    return saveProgram(ctx, program, changed);
  }
}
