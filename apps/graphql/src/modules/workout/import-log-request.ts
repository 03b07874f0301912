import { randomUUID } from 'node:crypto';
import { importWorkoutLog, nameMappingKey, type NameReportRow, repairWarning, summarizeLog, type WorkoutLog } from '@liftgraph/domain';
import { existingExerciseIds, importLog, previewNames, rememberedNames } from '@liftgraph/neo4j';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { nonEmpty, oneOf } from '../../errors/validate.js';
import { slug } from '../athlete/athlete.resolver.js';
import { dumbbellRecordingOf } from './dumbbell-recording.js';
import type { NameMappingInput, NewAthleteInput } from './import.input.js';
import type { ImportPreviewType, PreviewNameType } from './import.type.js';
import type { ImportSummaryType } from './workout.type.js';

const MAX_CSV_CHARS = 5_000_000;
const MAX_MAPPINGS = 500;
const FORMATS = ['auto', 'strong', 'hevy', 'fitnotes'] as const;
const UNITS = ['kg', 'lbs'] as const;

/** Parses the uploaded CSV as `importWorkoutLog` does for an import (the same checks, the same errors). */
async function readLog(csv: string, format: string, unit: string | null | undefined): Promise<WorkoutLog> {
  if (csv.length === 0 || csv.length > MAX_CSV_CHARS)
    throw new ApiError('BAD_USER_INPUT', `csv must be 1 to ${MAX_CSV_CHARS} characters, got ${csv.length}`);
  const log = await importWorkoutLog(csv, {
    format: oneOf('format', format, FORMATS),
    ...(unit != null && { unit: oneOf('unit', unit, UNITS) }),
    now: new Date(),
  });
  if (log.sessions.length === 0) throw new ApiError('BAD_USER_INPUT', 'the file holds no workouts');
  return log;
}

/** True when the file did not state its unit and nobody gave one: the user must confirm it. */
const unitGuessed = (log: WorkoutLog): boolean => log.unitSource === 'inferred' || log.unitSource === 'assumed';

async function previewName(ctx: Context, row: NameReportRow): Promise<PreviewNameType> {
  const exercise = row.exerciseId === null ? null : await ctx.loaders.exerciseById.load(row.exerciseId);
  return {
    name: row.name,
    sets: row.sets,
    exerciseId: row.exerciseId,
    exerciseName: exercise?.name ?? null,
    method: row.method,
    confidence: row.confidence,
    suggestions: row.suggestions.map((s) => ({ exerciseId: s.exerciseId, name: s.name, score: s.score })),
  };
}

/**
 * `previewWorkoutLog`: the file read exactly as an import would read it, and its names resolved with
 * the organisation's remembered mappings; writes nothing. `athleteId` (optional) must be one the
 * viewer may reach; an athlete previewing without one previews for themselves.
 */
export async function previewImport(
  ctx: Context,
  args: { athleteId: string | null; csv: string; unit: string | null; format: string },
): Promise<ImportPreviewType> {
  const viewer = ctx.access.requireViewer();
  if (args.athleteId != null) await ctx.access.assertAthlete(args.athleteId);
  const athleteId = args.athleteId ?? viewer.athleteId;
  const log = await readLog(args.csv, args.format, args.unit);
  const summary = summarizeLog(log);
  const rows = await previewNames(ctx.repos.db, log, { coachId: viewer.coachId, athleteId });
  const names = await Promise.all(rows.map((r) => previewName(ctx, r)));
  const guessed = unitGuessed(log);
  const warnings = [
    repairWarning(log.repairedLines ?? []),
    guessed
      ? `The file does not state its weight unit: ${log.unitSource === 'inferred' ? 'the loads read as' : 'assumed'} ${log.unit} (confidence ${(log.unitConfidence ?? 0).toFixed(2)}). Confirm kg or lbs before importing.`
      : null,
  ].filter((w): w is string => w !== null);
  return {
    format: log.format,
    unit: log.unit,
    unitSource: log.unitSource ?? 'assumed',
    unitConfidence: log.unitConfidence ?? 0,
    unitEvidence: log.unitEvidence ?? '',
    unitNeedsConfirmation: guessed,
    repairedLines: log.repairedLines ?? [],
    warnings,
    sessions: summary.sessions,
    sets: summary.sets,
    exercises: summary.exercises,
    firstDate: summary.firstDate,
    lastDate: summary.lastDate,
    mappedSets: names.filter((n) => n.exerciseId !== null).reduce((sum, n) => sum + n.sets, 0),
    unmatched: names.filter((n) => n.exerciseId === null),
    matched: names.filter((n) => n.exerciseId !== null),
  };
}

/** Checks hand-made mappings: names of the file, catalog exercises that exist; at most `MAX_MAPPINGS`. */
async function checkMappings(ctx: Context, log: WorkoutLog, mappings: readonly NameMappingInput[]): Promise<NameMappingInput[]> {
  if (mappings.length > MAX_MAPPINGS) throw new ApiError('BAD_USER_INPUT', `at most ${MAX_MAPPINGS} mappings, got ${mappings.length}`);
  const inFile = new Set(log.sessions.flatMap((s) => s.performances.map((p) => nameMappingKey(p.exerciseName))));
  const checked = mappings.map((m, i) => {
    const name = nonEmpty(`mappings[${i}].name`, m.name, 200);
    if (!inFile.has(nameMappingKey(name)))
      throw new ApiError(
        'BAD_USER_INPUT',
        `mappings[${i}].name "${name}" is not an exercise name in the file; map only names the preview lists`,
      );
    return { name, exerciseId: nonEmpty(`mappings[${i}].exerciseId`, m.exerciseId, 200) };
  });
  const known = await existingExerciseIds(
    ctx.repos.db,
    checked.map((m) => m.exerciseId),
  );
  checked.forEach((m, i) => {
    if (!known.has(m.exerciseId))
      throw new ApiError(
        'BAD_USER_INPUT',
        `mappings[${i}].exerciseId "${m.exerciseId}" is not a catalog exercise; pick one from the exercises search`,
      );
  });
  return checked;
}

/**
 * `importWorkoutLog`: imports for an athlete the viewer may reach (`athleteId`), or creates one
 * (`newAthlete`, coaches and admins: the coach COACHES them) in the import's transaction. Names are
 * resolved by the given `mappings`, then those remembered for the organisation, then the catalog;
 * the given mappings are remembered for the importing coach's organisation in the same transaction.
 * All or nothing.
 */
export async function importForAthlete(
  ctx: Context,
  args: {
    athleteId: string | null;
    format: string;
    unit: string | null;
    csv: string;
    mappings: readonly NameMappingInput[] | null;
    newAthlete: NewAthleteInput | null;
  },
): Promise<ImportSummaryType> {
  const viewer = ctx.access.requireViewer();
  if ((args.athleteId == null) === (args.newAthlete == null))
    throw new ApiError(
      'BAD_USER_INPUT',
      'give either athleteId (an athlete on your roster) or newAthlete (a new one), not both or neither',
    );
  let athleteId: string;
  let newAthlete: { name: string; unit: 'kg' | 'lbs' | null } | null = null;
  if (args.newAthlete != null) {
    if (!(ROLES.programWriters as readonly string[]).includes(viewer.role))
      throw new ApiError('FORBIDDEN', 'only a coach or an admin can create an athlete with an import');
    const name = nonEmpty('newAthlete.name', args.newAthlete.name, 120);
    const unit = args.newAthlete.unit == null ? null : oneOf('newAthlete.unit', args.newAthlete.unit, UNITS);
    newAthlete = { name, unit };
    athleteId = `${slug(name)}-${randomUUID().slice(0, 6)}`;
  } else {
    // An import may create the athlete: an id too long for Neo4j's index keys would fail inside the write.
    athleteId = nonEmpty('athleteId', args.athleteId ?? '');
    await ctx.access.assertAthlete(athleteId);
  }
  const log = await readLog(args.csv, args.format, args.unit);
  const mappings = await checkMappings(ctx, log, args.mappings ?? []);
  const remembered = await rememberedNames(ctx.repos.db, { coachId: viewer.coachId, athleteId: newAthlete === null ? athleteId : null });
  const stored = await importLog(ctx.repos.db, {
    athleteId,
    log,
    file: args.csv,
    importedBy: viewer.userId,
    nameMappings: [...remembered, ...mappings],
    ...(newAthlete !== null && {
      newAthlete: {
        name: newAthlete.name,
        unit: newAthlete.unit ?? log.unit,
        timeZone: 'UTC',
        coachId: viewer.role === 'COACH' ? viewer.coachId : null,
      },
    }),
    ...(viewer.coachId !== null && mappings.length > 0 && { rememberNames: { coachId: viewer.coachId, mappings } }),
  });
  const summary = summarizeLog(log);
  const dumbbells = dumbbellRecordingOf(log);
  return {
    ...stored,
    format: log.format,
    unit: log.unit,
    unitSource: log.unitSource ?? null,
    unitConfidence: log.unitConfidence ?? null,
    unitEvidence: log.unitEvidence ?? null,
    repairedLines: log.repairedLines ?? [],
    firstDate: summary.firstDate,
    lastDate: summary.lastDate,
    dumbbellRecording:
      dumbbells === null ? null : { recording: dumbbells.recording, reason: dumbbells.reason, pairs: dumbbells.pairs.length },
  };
}
