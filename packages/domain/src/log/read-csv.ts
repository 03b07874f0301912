import { parse, CsvError } from 'csv-parse';
import type { Parser } from 'csv-parse';
import { DomainError, LogParseError } from '../errors.js';
import { detectDelimiter } from './log-header.js';
import { toTextChunks } from './text-chunks.js';
import type { LogInput } from './text-chunks.js';

/** One CSV record with the 1-based line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A CSV file opened for streaming: its header and an iterator over the data records. */
export interface CsvFile {
  header: string[];
  delimiter: string;
  records: AsyncGenerator<CsvRecord>;
}

function toParseError(error: unknown): unknown {
  if (!(error instanceof CsvError)) return error;
  const line = typeof error['lines'] === 'number' ? error['lines'] : 1;
  const hint =
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'close the quoted field with a double quote, or double any quote inside it ("")'
      : 'check the quoting of this line; a quote inside a field must be doubled ("")';
  return new LogParseError({ line }, `the CSV is malformed (${error.message})`, hint);
}

function waitForDrain(parser: Parser): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      parser.off('drain', done);
      parser.off('close', done);
      resolve();
    };
    parser.on('drain', done);
    parser.on('close', done);
  });
}

/** Feeds text into the parser with back-pressure; a failing source destroys the parser with its error. */
async function pump(parser: Parser, first: string, rest: AsyncIterator<string>): Promise<void> {
  try {
    parser.write(first);
    for (;;) {
      const next = await rest.next();
      if (next.done === true || parser.destroyed) break;
      if (!parser.write(next.value)) await waitForDrain(parser);
    }
    if (!parser.destroyed) parser.end();
  } catch (error) {
    parser.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

async function* records(parser: Parser): AsyncGenerator<CsvRecord> {
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // Input is normalised to `\n`, so `info.lines` is the record's last line; step back over quoted newlines.
      let inner = 0;
      for (const field of item.record) for (const ch of field) if (ch === '\n') inner += 1;
      yield { line: item.info.lines - inner, fields: item.record };
    }
  } catch (error) {
    throw toParseError(error);
  }
}

/**
 * Opens delimited text for streaming. The delimiter (`,`, `;` or tab) is detected from the header
 * line; blank lines are skipped; quoted fields may span lines and line numbers stay exact.
 * Throws `UNKNOWN_FORMAT` when there is no header.
 */
export async function readCsv(input: LogInput): Promise<CsvFile> {
  const text = toTextChunks(input)[Symbol.asyncIterator]();
  let head = '';
  while (!/\S[^\n]*\n/.test(head)) {
    const next = await text.next();
    if (next.done === true) break;
    head += next.value;
  }
  const headerLine = head.split('\n').find((l) => l.trim() !== '') ?? '';
  if (headerLine.trim() === '')
    throw new DomainError(
      'UNKNOWN_FORMAT',
      'The file is empty: expected a CSV header line. Fix: export the log again from the app (Strong, Hevy or FitNotes) and import that file unchanged.',
    );
  const delimiter = detectDelimiter(headerLine);
  const parser = parse({ delimiter, info: true, relax_column_count: true, skip_empty_lines: true });
  void pump(parser, head, text);
  const iterator = records(parser);
  const first = await iterator.next();
  if (first.done === true)
    throw new DomainError(
      'UNKNOWN_FORMAT',
      'The file has no CSV header line. Fix: export the log again from the app (Strong, Hevy or FitNotes) and import that file unchanged.',
    );
  return { header: first.value.fields.map((h) => h.trim()), delimiter, records: iterator };
}
