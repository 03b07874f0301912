import { describe, expect, it } from 'vitest';
import { DomainError, LogParseError } from '../errors.js';
import { importWorkoutLog } from './import-workout-log.js';
import { summarizeLog } from './summarize-log.js';

const STRONG_HEADER = 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE';
const row = (fields: Partial<Record<'date' | 'order' | 'weight' | 'reps' | 'notes' | 'rpe', string>> = {}): string =>
  `${fields.date ?? '2024-03-04 18:00:00'},Push,1h,Bench Press (Barbell),${fields.order ?? '1'},${fields.weight ?? '80'},${fields.reps ?? '5'},0,0,${fields.notes ?? ''},,${fields.rpe ?? ''}`;

async function parseError(input: string, options: Parameters<typeof importWorkoutLog>[1] = { unit: 'kg' }): Promise<LogParseError> {
  const error: unknown = await importWorkoutLog(input, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof LogParseError)) throw new Error(`expected a LogParseError, got ${String(error)}`);
  return error;
}

describe('importWorkoutLog on awkward but valid input', () => {
  it('should ignore a UTF-8 byte-order mark when the file starts with one', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${STRONG_HEADER}\n${row()}\n`);
    const log = await importWorkoutLog(bytes, { unit: 'kg' });
    expect(log.format).toBe('strong');
    expect(summarizeLog(log).sets).toBe(1);
  });

  it('should read CRLF line endings, even when a chunk ends between \\r and \\n', async () => {
    const text = `${STRONG_HEADER}\r\n${row()}\r\n${row({ order: '2' })}\r\n`;
    const cut = text.indexOf('\n', STRONG_HEADER.length + 3);
    const chunks = [text.slice(0, cut), text.slice(cut)];
    const log = await importWorkoutLog(chunks, { unit: 'kg' });
    expect(log.sessions[0]?.performances[0]?.sets.map((s) => s.sourceLine)).toEqual([2, 3]);
    expect(log.sessions[0]?.title).toBe('Push');
  });

  it('should keep quoted newlines in notes and count them in later line numbers', async () => {
    const text = [STRONG_HEADER, row({ notes: '"first line\r\nsecond ""quoted"" line\nthird"' }), row({ order: '2', reps: 'abc' })].join(
      '\r\n',
    );
    const error = await parseError(text);
    expect(error.location).toEqual({ line: 5, column: 'Reps' });
    const ok = await importWorkoutLog([STRONG_HEADER, row({ notes: '"a\nb"' }), row({ order: '2' })].join('\n'), { unit: 'kg' });
    expect(ok.sessions[0]?.performances[0]).toMatchObject({ notes: 'a\nb', sets: [{ sourceLine: 2 }, { sourceLine: 4 }] });
  });

  it('should skip blank lines without shifting line numbers', async () => {
    const error = await parseError([STRONG_HEADER, '', row(), '', row({ weight: 'x' })].join('\n'));
    expect(error.location.line).toBe(5);
  });
});

describe('importWorkoutLog on bad input', () => {
  it('should name the line, the column and a fix when a number is malformed', async () => {
    const error = await parseError([STRONG_HEADER, row(), row({ reps: 'abc' })].join('\n'));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toMatch(/^line 3, column "Reps": "abc" is not a number\. Fix: /);
  });

  it.each([
    ['fractional reps', { reps: '5.5' }, 'Reps', /is not a whole number/],
    ['negative reps', { reps: '-1' }, 'Reps', /below the minimum of 0/],
    ['negative weight', { weight: '-20' }, 'Weight', /below the minimum of 0/],
    ['absurd weight', { weight: '1200' }, 'Weight', /more than 1000 kg/],
    ['RPE above 10', { rpe: '11' }, 'RPE', /above the maximum of 10/],
    ['impossible date', { date: '2021-02-30 10:00:00' }, 'Date', /not a date/],
    ['unknown set order', { order: 'X' }, 'Set Order', /not a set number/],
  ])('should reject %s with its column named', async (_name, fields, column, problem) => {
    const error = await parseError([STRONG_HEADER, row(), row(fields)].join('\n'));
    expect(error.location).toEqual({ line: 3, column });
    expect(error.message).toMatch(problem);
    expect(error.hint.length).toBeGreaterThan(0);
  });

  it('should reject a weight that is absurd only after conversion from lbs', async () => {
    const error = await parseError([STRONG_HEADER, row({ weight: '2300' })].join('\n'), { unit: 'lbs' });
    expect(error.message).toMatch(/2300 lbs is more than 1000 kg/);
  });

  it('should reject a date after `now` when now is passed in', async () => {
    const error = await parseError([STRONG_HEADER, row(), row({ date: '2030-01-01 10:00:00' })].join('\n'), {
      unit: 'kg',
      now: '2025-06-01T12:00:00Z',
    });
    expect(error.location).toEqual({ line: 3, column: 'Date' });
    expect(error.message).toMatch(/in the future/);
  });

  it('should reject a row with more fields than the header', async () => {
    const error = await parseError([STRONG_HEADER, `${row()},extra`].join('\n'));
    expect(error.location).toEqual({ line: 2 });
    expect(error.message).toMatch(
      /^line 2 has 13 fields, the header 12, and joining the extra field into a text column .* does not give a valid row\. Fix: /,
    );
  });

  it('should report a missing required column on line 1', async () => {
    const header = 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Distance,Seconds,Notes,Workout Notes,RPE';
    const error = await parseError(`${header}\n2024-03-04 18:00:00,Push,1h,Bench,1,80,0,0,,,`);
    expect(error.location.line).toBe(1);
    expect(error.message).toMatch(/no "Reps" column/);
  });

  it('should report an unclosed quote as a parse error', async () => {
    const error = await parseError([STRONG_HEADER, row({ notes: '"never closed' })].join('\n'));
    expect(error.message).toMatch(/malformed/);
  });

  it('should list the expected headers when the format is unknown', async () => {
    const error: unknown = await importWorkoutLog('name,age\nBob,3\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'UNKNOWN_FORMAT' });
    expect(String(error)).toMatch(/Expected one of:[\s\S]*strong: Date,Workout Name,Duration[\s\S]*hevy: title,start_time/);
  });

  it('should reject an empty file as an unknown format', async () => {
    await expect(importWorkoutLog('')).rejects.toMatchObject({ code: 'UNKNOWN_FORMAT' });
  });

  it('should pass on an error thrown by the input stream rather than return part of the file', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield `${STRONG_HEADER}\n${row()}\n`;
      throw new Error('disk went away');
    }
    await expect(importWorkoutLog(failing(), { unit: 'kg' })).rejects.toThrow('disk went away');
  });
});
