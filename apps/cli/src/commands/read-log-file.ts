import { createReadStream, existsSync } from 'node:fs';
import { type ImportOptions, importWorkoutLog, type WorkoutLog } from '@liftgraph/domain';
import { UsageError } from '../command.js';

/** Streams a workout-log file from disk into the domain importer (the domain itself does no I/O). */
export async function readLogFile(path: string, options: ImportOptions): Promise<WorkoutLog> {
  if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  return importWorkoutLog(createReadStream(path), { now: new Date(), ...options });
}
