import { basename, extname } from 'node:path';

/** A file-name-safe slug of the data source (`fitnotes-moferg` for `../x/fitnotes-moferg.csv`). */
export function sourceSlug(source: string): string {
  const base = basename(source, extname(source));
  return (
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'log'
  );
}

/** `20260102T030405Z`: sortable and safe in paths. */
export function compactStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** The id of a training run: `<source slug>-<compact stamp>`; each saved model is `<runId>-<model>`. */
export function trainingRunId(source: string, createdAt: Date): string {
  return `${sourceSlug(source)}-${compactStamp(createdAt)}`;
}
