import { deleteWorkout, logWorkout, sessionDetails, updateWorkout } from '@liftgraph/neo4j';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { athleteToday } from '../program/program-access.js';
import { afterWorkout } from './after-workout.js';
import { checkWorkout } from './workout-check.js';
import { importForAthlete, previewImport } from './import-log-request.js';
import { NameMappingInput, NewAthleteInput } from './import.input.js';
import { ImportPreviewType } from './import.type.js';
import { LogWorkoutInput } from './workout.input.js';
import { ImportSummaryType, LoggedWorkoutType } from './workout.type.js';

/** A program named by a logged session must be one of the athlete's. */
async function assertProgramOfAthlete(ctx: Context, programId: string | null | undefined, athleteId: string): Promise<void> {
  if (programId == null) return;
  const program = await ctx.loaders.programById.load(programId);
  if (program === null || program.athleteId !== athleteId)
    throw new ApiError(
      'BAD_USER_INPUT',
      `program "${programId}" is not assigned to athlete "${athleteId}"; pick one of the athlete's programs`,
    );
}

/** Forgets what this request cached about the athlete's status and the program a session touched. */
function forgetAthleteWork(ctx: Context, athleteId: string, programId: string | null | undefined): void {
  ctx.loaders.statusByAthleteId.clear(athleteId);
  ctx.loaders.programIdsByAthleteId.clear(athleteId);
  if (programId != null) ctx.loaders.programById.clear(programId);
  else ctx.loaders.programById.clearAll();
}

@Resolver()
export class WorkoutResolver {
  @Authorized(...ROLES.athleteData)
  @Mutation(() => LoggedWorkoutType, {
    description:
      'Logs a session (Session → Performance → Set) for an athlete on a date (default their today; back-dating allowed, the future refused), optionally fulfilling a program day; all-or-nothing. Then personal records are detected and the program it follows is autoregulated (its changes returned with their reasons).',
  })
  async logWorkout(@Ctx() ctx: Context, @Arg('input', () => LogWorkoutInput) input: LogWorkoutInput): Promise<LoggedWorkoutType> {
    await ctx.access.assertAthlete(input.athleteId);
    const { today, timeZone } = await athleteToday(ctx, input.athleteId);
    const workout = checkWorkout(input, today, timeZone, ctx.access.requireViewer().userId);
    await assertProgramOfAthlete(ctx, workout.programId, input.athleteId);
    const result = await logWorkout(ctx.repos.db, workout);
    forgetAthleteWork(ctx, input.athleteId, workout.programId);
    return { ...result, ...(await afterWorkout(ctx, workout, result.sessionId, today)) };
  }

  @Authorized(...ROLES.athleteData)
  @Mutation(() => LoggedWorkoutType, {
    description:
      'Replaces a logged session (same id) with `input`, all-or-nothing; the metrics follow since they are computed from the stored sets.',
  })
  async updateWorkout(
    @Ctx() ctx: Context,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('input', () => LogWorkoutInput) input: LogWorkoutInput,
  ): Promise<LoggedWorkoutType> {
    await ctx.access.assertAthlete(input.athleteId);
    const { today, timeZone } = await athleteToday(ctx, input.athleteId);
    const workout = checkWorkout(input, today, timeZone, ctx.access.requireViewer().userId);
    await assertProgramOfAthlete(ctx, workout.programId, input.athleteId);
    const result = await updateWorkout(ctx.repos.db, sessionId, workout);
    if (result === null) throw new ApiError('NOT_FOUND', `session "${sessionId}" does not exist`);
    forgetAthleteWork(ctx, input.athleteId, workout.programId);
    return { ...result, adjustments: [], records: [] };
  }

  @Authorized(...ROLES.athleteData)
  @Mutation(() => Boolean, { description: 'Deletes a logged session with its sets; the program day it fulfilled is open again.' })
  async deleteWorkout(@Ctx() ctx: Context, @Arg('sessionId', () => ID) sessionId: string): Promise<boolean> {
    const [detail] = await sessionDetails(ctx.repos.db, [sessionId]);
    if (detail === undefined) throw new ApiError('NOT_FOUND', `session "${sessionId}" does not exist`);
    await ctx.access.assertAthlete(detail.athleteId);
    const deleted = await deleteWorkout(ctx.repos.db, sessionId);
    forgetAthleteWork(ctx, detail.athleteId, null);
    return deleted;
  }

  @Authorized(...ROLES.athleteData)
  @Query(() => ImportPreviewType, {
    description:
      "How a Strong, Hevy or FitNotes CSV would be imported, without writing anything: format, unit (given, stated or inferred, with confidence and evidence), repaired lines, counts, and the exercise names with their matches (the organisation's remembered mappings first) or suggestions.",
  })
  async previewWorkoutLog(
    @Ctx() ctx: Context,
    @Arg('athleteId', () => ID, { nullable: true, description: 'The athlete it is for (optional: a new athlete has none yet).' })
    athleteId: string | null,
    @Arg('csv', () => String) csv: string,
    @Arg('unit', () => String, { nullable: true, description: 'kg | lbs, for files that do not state their unit' }) unit: string | null,
    @Arg('format', () => String, { defaultValue: 'auto', description: 'auto | strong | hevy | fitnotes' }) format: string,
  ): Promise<ImportPreviewType> {
    return previewImport(ctx, { athleteId, csv, unit, format });
  }

  @Authorized(...ROLES.athleteData)
  @Mutation(() => ImportSummaryType, {
    description:
      "Imports a Strong, Hevy or FitNotes CSV export for an athlete (idempotent per file), or for a new athlete created in the same transaction (coaches and admins; the coach coaches them). `mappings` map logged names to catalog exercises and are remembered for the importing coach's organisation. All or nothing.",
  })
  async importWorkoutLog(
    @Ctx() ctx: Context,
    @Arg('athleteId', () => ID, { nullable: true, description: 'The athlete to import for; omit it when giving newAthlete.' })
    athleteId: string | null,
    @Arg('format', () => String, { defaultValue: 'auto', description: 'auto | strong | hevy | fitnotes' }) format: string,
    @Arg('unit', () => String, { nullable: true, description: 'kg | lbs, for files that do not state their unit' }) unit: string | null,
    @Arg('csv', () => String) csv: string,
    @Arg('mappings', () => [NameMappingInput], { nullable: true, description: 'Logged names mapped by hand to catalog exercises.' })
    mappings: NameMappingInput[] | null,
    @Arg('newAthlete', () => NewAthleteInput, { nullable: true, description: 'Create this athlete with the import.' })
    newAthlete: NewAthleteInput | null,
  ): Promise<ImportSummaryType> {
    const summary = await importForAthlete(ctx, { athleteId, format, unit, csv, mappings, newAthlete });
    forgetAthleteWork(ctx, summary.athleteId, null);
    return summary;
  }
}
