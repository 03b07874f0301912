import {
  type ExportPerformance,
  type LoggedSession,
  type WeightUnit,
  type WorkoutLog,
  writeLogJson,
  writeProgramIcs,
  writeStrongCsv,
} from '@liftgraph/domain';
import { weightIn } from '@liftgraph/domain/program';
import type { AthleteProfile, StoredProgram } from '@liftgraph/neo4j';
import type { ExportFileType } from './export.type.js';

export const LOG_FORMATS = ['strong-csv', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
export const PROGRAM_FORMATS = ['ics'] as const;

/** `Chloé Ström` → `chloe-strom`: a name as a file-name part. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? 'athlete' : slug;
}

/**
 * The stored log as the exporters take it. The graph keeps loads in kg and each performance's catalog
 * exercise: every exercise is named by its Liftgraph exercise (`names`: id → name; a re-import maps it back
 * to the same exercise), every load is written in the athlete's unit (lb to 0.1 lb, which reads back to the
 * same 0.01 kg), and a performance whose sets were all left blank is not part of what was done.
 */
export function exportableLog(stored: readonly LoggedSession[], unit: WeightUnit, names: ReadonlyMap<string, string>): WorkoutLog {
  const sessions: LoggedSession[] = stored.map((s) => ({
    ...s,
    performances: s.performances
      .filter((p) => p.sets.length > 0)
      .map((p, order): ExportPerformance => ({
        ...p,
        order,
        exerciseId: p.exerciseName,
        exerciseName: names.get(p.exerciseName) ?? p.exerciseName,
        sets: p.sets.map((set) => ({
          ...set,
          originalWeight: set.weightKg === null ? null : weightIn(set.weightKg, unit),
          originalUnit: unit,
        })),
      })),
  }));
  return { format: 'liftgraph', unit, sessions };
}

/** The log file in `format`, named for the athlete and the day of the export. */
export function logFile(athlete: Pick<AthleteProfile, 'id' | 'name'>, log: WorkoutLog, format: LogFormat, now: Date): ExportFileType {
  const base = `liftgraph-${fileSlug(athlete.name)}-log-${now.toISOString().slice(0, 10)}`;
  if (format === 'json')
    return {
      filename: `${base}.json`,
      contentType: 'application/json; charset=utf-8',
      body: writeLogJson(log, { athlete: { id: athlete.id, name: athlete.name }, exportedAt: now.toISOString() }),
    };
  return { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: writeStrongCsv(log) };
}

/** The program as an iCalendar file, days as dates in the athlete's time zone, loads in their unit. */
export function programFile(
  program: StoredProgram,
  athlete: Pick<AthleteProfile, 'name' | 'timeZone' | 'unit'>,
  now: Date,
): ExportFileType {
  return {
    filename: `liftgraph-${fileSlug(athlete.name)}-${fileSlug(program.name ?? 'program')}.ics`,
    contentType: 'text/calendar; charset=utf-8',
    body: writeProgramIcs(program, {
      timeZone: athlete.timeZone,
      athleteName: athlete.name,
      plates: { unit: athlete.unit, microplates: false },
      now: now.toISOString(),
    }),
  };
}
