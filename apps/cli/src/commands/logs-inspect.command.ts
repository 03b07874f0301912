import { CONFIDENT_MATCH, createExerciseMatcher, LIFTGRAPH_CATALOG, repairWarning, summarizeLog, type WorkoutLog } from '@liftgraph/domain';
import { choiceFlag, parseArgs } from '../args.js';
import { type Command, UsageError } from '../command.js';
import { dumbbellNote, unitNote } from './log-notes.js';
import { readLogFile } from './read-log-file.js';

const FORMATS = ['auto', 'strong', 'hevy', 'fitnotes'] as const;
const UNITS = ['kg', 'lbs'] as const;

/** Sets whose exercise maps to the catalog with confidence, and the names that do not. */
export function mappingReport(log: WorkoutLog): { mappedSets: number; unmapped: string[] } {
  const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
  const confident = new Map<string, boolean>();
  let mappedSets = 0;
  for (const session of log.sessions) {
    for (const performance of session.performances) {
      let ok = confident.get(performance.exerciseName);
      if (ok === undefined) {
        ok = matcher.match(performance.exerciseName).confidence >= CONFIDENT_MATCH;
        confident.set(performance.exerciseName, ok);
      }
      if (ok) mappedSets += performance.sets.length;
    }
  }
  const unmapped = [...confident]
    .filter(([, ok]) => !ok)
    .map(([name]) => name)
    .sort();
  return { mappedSets, unmapped };
}

export const logsInspectCommand: Command = {
  path: ['logs', 'inspect'],
  summary:
    'Parse a Strong/Hevy/FitNotes CSV and print its counts, unit (with confidence and evidence) and repaired lines as one JSON object (unmapped names on stderr with --unmapped).',
  usage: 'logs inspect <file> [--format auto|strong|hevy|fitnotes] [--unit kg|lbs] [--unmapped]',
  async run(argv, io) {
    const args = parseArgs(argv, ['unmapped']);
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) throw new UsageError('expected exactly one file');
    const format = choiceFlag(args, 'format', FORMATS, 'auto');
    const unitFlag = args.flags.has('unit') ? choiceFlag(args, 'unit', UNITS, 'kg') : undefined;
    const log = await readLogFile(file, { format, ...(unitFlag ? { unit: unitFlag } : {}) });
    const summary = summarizeLog(log);
    const { mappedSets, unmapped } = mappingReport(log);
    io.stdout(
      JSON.stringify({
        format: log.format,
        unit: log.unit,
        unitSource: log.unitSource ?? null,
        unitConfidence: log.unitConfidence ?? null,
        unitEvidence: log.unitEvidence ?? null,
        repairedLines: log.repairedLines ?? [],
        sessions: summary.sessions,
        sets: summary.sets,
        workingSets: summary.workingSets,
        exercises: summary.exercises,
        mappedSets,
        firstDate: summary.firstDate,
        lastDate: summary.lastDate,
      }),
    );
    for (const note of [repairWarning(log.repairedLines ?? []), unitNote(log), dumbbellNote(log)]) if (note !== null) io.stderr(note);
    if (args.flags.has('unmapped')) io.stderr(`unmapped exercise names (${unmapped.length}): ${unmapped.join(', ') || 'none'}`);
    return 0;
  },
};
