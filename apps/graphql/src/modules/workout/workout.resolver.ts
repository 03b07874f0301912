import { importWorkoutLog, summarizeLog } from '@liftgraph/domain';
import { importLog, logWorkout } from '@liftgraph/neo4j';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { intInRange, nonEmpty, numberInRange, oneOf } from '../../errors/validate.js';
import { dumbbellRecordingOf } from './dumbbell-recording.js';
import { LogWorkoutInput } from './workout.input.js';
import { ImportSummaryType, LoggedWorkoutType } from './workout.type.js';

const STARTED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const MAX_CSV_BYTES = 5_000_000;

function checkWorkout(input: LogWorkoutInput): string {
  const startedAt = input.startedAt ?? new Date().toISOString().slice(0, 19);
  if (!STARTED_AT.test(startedAt)) throw new ApiError('BAD_USER_INPUT', `startedAt must be YYYY-MM-DDTHH:MM[:SS], got "${startedAt}"`);
  intInRange('performances.length', input.performances.length, 1, 30);
  input.performances.forEach((p, i) => {
    intInRange(`performances[${i}].sets.length`, p.sets.length, 1, 20);
    p.sets.forEach((s, j) => {
      const at = `performances[${i}].sets[${j}]`;
      intInRange(`${at}.reps`, s.reps, 0, 100);
      if (s.weightKg != null) numberInRange(`${at}.weightKg`, s.weightKg, 0, 500);
      if (s.rpe != null) numberInRange(`${at}.rpe`, s.rpe, 1, 10);
      if (s.rir != null) numberInRange(`${at}.rir`, s.rir, 0, 10);
    });
  });
  if (input.durationMin != null) numberInRange('durationMin', input.durationMin, 1, 600);
  if (input.sessionRpe != null) numberInRange('sessionRpe', input.sessionRpe, 1, 10);
  return startedAt.length === 16 ? `${startedAt}:00` : startedAt;
}

@Resolver()
export class WorkoutResolver {
  @Authorized(...ROLES.athleteData)
  @Mutation(() => LoggedWorkoutType, { description: 'Logs a session (Session → Performance → Set) for an athlete; all-or-nothing.' })
  async logWorkout(@Ctx() ctx: Context, @Arg('input', () => LogWorkoutInput) input: LogWorkoutInput): Promise<LoggedWorkoutType> {
    await ctx.access.assertAthlete(input.athleteId);
    const startedAt = checkWorkout(input);
    if (input.programId != null) {
      const program = await ctx.loaders.programById.load(input.programId);
      if (program === null || program.athleteId !== input.athleteId) {
        throw new ApiError('BAD_USER_INPUT', `program "${input.programId}" is not assigned to athlete "${input.athleteId}"`);
      }
    }
    const viewer = ctx.access.requireViewer();
    const result = await logWorkout(ctx.repos.db, {
      athleteId: input.athleteId,
      programId: input.programId ?? null,
      startedAt,
      title: input.title ?? null,
      durationMin: input.durationMin ?? null,
      sessionRpe: input.sessionRpe ?? null,
      loggedBy: viewer.userId,
      performances: input.performances.map((p) => ({
        exerciseId: p.exerciseId,
        sets: p.sets.map((s) => ({
          reps: s.reps,
          weightKg: s.weightKg ?? null,
          rpe: s.rpe ?? null,
          rir: s.rir ?? null,
          type: s.warmup ? 'warmup' : 'working',
        })),
      })),
    });
    ctx.loaders.statusByAthleteId.clear(input.athleteId);
    return result;
  }

  @Authorized(...ROLES.athleteData)
  @Mutation(() => ImportSummaryType, { description: 'Imports a Strong, Hevy or FitNotes CSV export for an athlete (idempotent per file).' })
  async importWorkoutLog(
    @Ctx() ctx: Context,
    @Arg('athleteId', () => ID) athleteId: string,
    @Arg('format', () => String, { defaultValue: 'auto', description: 'auto | strong | hevy | fitnotes' }) format: string,
    @Arg('unit', () => String, { nullable: true, description: 'kg | lbs, for files that do not state their unit' }) unit: string | null,
    @Arg('csv', () => String) csv: string,
  ): Promise<ImportSummaryType> {
    // An import may create the athlete: an id too long for Neo4j's index keys would fail inside the write.
    nonEmpty('athleteId', athleteId);
    await ctx.access.assertAthlete(athleteId);
    if (csv.length === 0 || csv.length > MAX_CSV_BYTES)
      throw new ApiError('BAD_USER_INPUT', `csv must be 1 to ${MAX_CSV_BYTES} characters, got ${csv.length}`);
    const log = await importWorkoutLog(csv, {
      format: oneOf('format', format, ['auto', 'strong', 'hevy', 'fitnotes'] as const),
      ...(unit != null && { unit: oneOf('unit', unit, ['kg', 'lbs'] as const) }),
      now: new Date(),
    });
    if (log.sessions.length === 0) throw new ApiError('BAD_USER_INPUT', 'the file holds no workouts');
    const summary = summarizeLog(log);
    const stored = await importLog(ctx.repos.db, { athleteId, log, file: csv, importedBy: ctx.access.requireViewer().userId });
    const dumbbells = dumbbellRecordingOf(log);
    return {
      ...stored,
      format: log.format,
      unit: log.unit,
      unitSource: log.unitSource ?? null,
      firstDate: summary.firstDate,
      lastDate: summary.lastDate,
      dumbbellRecording:
        dumbbells === null ? null : { recording: dumbbells.recording, reason: dumbbells.reason, pairs: dumbbells.pairs.length },
    };
  }
}
