import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { oneOf } from '../../errors/validate.js';
import { loadStoredProgram } from '../program/program-access.js';
import { exportableLog, LOG_FORMATS, logFile, PROGRAM_FORMATS, programFile } from './export-files.js';
import { ExportFileType } from './export.type.js';

@Resolver()
export class ExportResolver {
  @Authorized(...ROLES.athleteData)
  @Query(() => ExportFileType, {
    description:
      "The athlete's whole training log as a file: `strong-csv` (Strong's CSV export, which Liftgraph's importer reads back into the same log) or `json` (liftgraph.workout-log version 1). Loads in the athlete's unit.",
  })
  async exportLog(
    @Ctx() ctx: Context,
    @Arg('athleteId', () => ID) athleteId: string,
    @Arg('format', () => String, { description: `${LOG_FORMATS.join(' | ')}` }) format: string,
  ): Promise<ExportFileType> {
    const kind = oneOf('format', format, LOG_FORMATS);
    await ctx.access.assertAthlete(athleteId);
    const [athlete, history] = await Promise.all([ctx.loaders.athleteById.load(athleteId), ctx.repos.history.history(athleteId)]);
    if (athlete === null || history === null) throw new ApiError('NOT_FOUND', `athlete "${athleteId}" does not exist`);
    const ids = [...new Set(history.sessions.flatMap((s) => s.performances.map((p) => p.exerciseName)))];
    const exercises = await ctx.loaders.exerciseById.loadMany(ids);
    const names = new Map<string, string>();
    for (const e of exercises) if (e !== null && !(e instanceof Error)) names.set(e.id, e.name);
    return logFile(athlete, exportableLog(history.sessions, athlete.unit, names), kind, new Date());
  }

  @Authorized(...ROLES.athleteData)
  @Query(() => ExportFileType, {
    description:
      "A program as an iCalendar file (`ics`): one all-day event per session on its date in the athlete's time zone, its prescriptions in the description.",
  })
  async exportProgram(
    @Ctx() ctx: Context,
    @Arg('programId', () => ID) programId: string,
    @Arg('format', () => String, { defaultValue: 'ics', description: PROGRAM_FORMATS.join(' | ') }) format: string,
  ): Promise<ExportFileType> {
    oneOf('format', format, PROGRAM_FORMATS);
    const program = await loadStoredProgram(ctx, programId);
    const athlete = await ctx.loaders.athleteById.load(program.athleteId);
    return programFile(program, athlete ?? { name: program.athleteId, timeZone: 'UTC', unit: 'kg' }, new Date());
  }
}
