import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { summarizeLog, type WorkoutLog } from '@liftgraph/domain';
import { parseArgs } from '../args.js';
import { type Command, UsageError } from '../command.js';
import { mappingReport } from './logs-inspect.command.js';
import { readLogFile } from './read-log-file.js';

/** One log's row of the report. */
export interface LogReportRow {
  file: string;
  format: string;
  unit: string;
  sessions: number;
  sets: number;
  mappedSets: number;
  /** mappedSets / sets, 0..1 (0 for a log without sets). */
  share: number;
}

/** The report row of a parsed log: counts by the importer's definitions, sets mapped with confidence. */
export function logReportRow(file: string, log: WorkoutLog): LogReportRow {
  const { sessions, sets } = summarizeLog(log);
  const { mappedSets } = mappingReport(log);
  return { file, format: log.format, unit: log.unit, sessions, sets, mappedSets, share: sets === 0 ? 0 : mappedSets / sets };
}

const percent = (share: number): string => `${(100 * share).toFixed(1)} %`;

/** The rows as a Markdown table, with a total line (sets summed over the logs). */
export function reportTable(rows: readonly LogReportRow[]): string {
  const lines = [
    '| log | format | unit | sessions | sets | sets mapped with confidence | share |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| \`${r.file}\` | ${r.format} | ${r.unit} | ${r.sessions} | ${r.sets} | ${r.mappedSets} | ${percent(r.share)} |`),
  ];
  const sets = rows.reduce((n, r) => n + r.sets, 0);
  const mapped = rows.reduce((n, r) => n + r.mappedSets, 0);
  lines.push(
    `| all ${rows.length} | | | ${rows.reduce((n, r) => n + r.sessions, 0)} | ${sets} | ${mapped} | ${percent(sets === 0 ? 0 : mapped / sets)} |`,
  );
  return lines.join('\n');
}

export const logsReportCommand: Command = {
  path: ['logs', 'report'],
  summary:
    'Import every CSV in a folder (or the files given) and print per log the sessions, sets and share of sets mapped to the catalog with confidence.',
  usage: 'logs report <folder | files…> [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json']);
    if (args.positionals.length === 0) throw new UsageError('expected a folder or CSV files');
    const files = args.positionals.flatMap((p) =>
      statSync(p, { throwIfNoEntry: false })?.isDirectory() === true
        ? readdirSync(p)
            .filter((f) => f.toLowerCase().endsWith('.csv'))
            .sort()
            .map((f) => join(p, f))
        : [p],
    );
    if (files.length === 0) throw new UsageError(`no .csv files in ${args.positionals.join(', ')}`);
    const rows: LogReportRow[] = [];
    for (const file of files) rows.push(logReportRow(basename(file), await readLogFile(file, {})));
    io.stdout(args.flags.has('json') ? JSON.stringify(rows) : reportTable(rows));
    return 0;
  },
};
