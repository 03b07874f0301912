import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const LOGS = join(ROOT, '../shared/data/real-logs');
const HAVE_SHARED = existsSync(LOGS);
if (!HAVE_SHARED) {
  if (!['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase()))
    throw new Error(`CI: the real-log CLI tests need ${LOGS} (../shared beside the repository root)`);
  console.warn(`\n!!! ../shared/data/real-logs not found at ${LOGS}: the real-log CLI tests are SKIPPED !!!\n`);
}

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), env: {} });
  return { code, out, err };
}

describe.skipIf(!HAVE_SHARED)('liftgraph logs inspect on the real logs', () => {
  it.each([
    [
      'strong-dstanek.csv',
      {
        format: 'strong',
        unit: 'lbs',
        sessions: 292,
        sets: 5402,
        workingSets: 5402,
        exercises: 74,
        mappedSets: 5371,
        firstDate: '2018-12-10',
        lastDate: '2020-12-31',
      },
    ],
    [
      'strong-dericmei-zh.csv',
      {
        format: 'strong',
        unit: 'lbs',
        sessions: 384,
        sets: 6778,
        workingSets: 6778,
        exercises: 29,
        mappedSets: 6778,
        firstDate: '2020-09-29',
        lastDate: '2023-12-17',
      },
    ],
    [
      'hevy-feliperuizm.csv',
      {
        format: 'hevy',
        unit: 'kg',
        sessions: 37,
        sets: 567,
        workingSets: 519,
        exercises: 55,
        mappedSets: 567,
        firstDate: '2025-07-08',
        lastDate: '2026-04-08',
      },
    ],
    [
      'hevy-smdesai27.csv',
      {
        format: 'hevy',
        unit: 'lbs',
        sessions: 209,
        sets: 3430,
        workingSets: 3430,
        exercises: 76,
        mappedSets: 3430,
        firstDate: '2025-01-12',
        lastDate: '2025-10-25',
      },
    ],
    [
      'fitnotes-moferg.csv',
      {
        format: 'fitnotes',
        unit: 'lbs',
        sessions: 18,
        sets: 436,
        workingSets: 436,
        exercises: 21,
        mappedSets: 436,
        firstDate: '2020-09-13',
        lastDate: '2020-10-03',
      },
    ],
  ])('should print the hand-verified counts of %s', async (file, expected) => {
    const { code, out } = await cli(['logs', 'inspect', join(LOGS, file)]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ ...expected, repairedLines: [] });
  });

  it('should list the unmapped names on stderr when asked', async () => {
    const { err } = await cli(['logs', 'inspect', join(LOGS, 'strong-dstanek.csv'), '--unmapped']);
    expect(err).toMatch(/unmapped exercise names \(3\): Double raise, I-Ts, Reverse Grip Extensions/);
  });

  it("should say on stderr how a real log's dumbbell loads were read, leaving stdout one JSON object", async () => {
    const { code, out, err } = await cli(['logs', 'inspect', join(LOGS, 'hevy-smdesai27.csv')]);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out)).toMatchObject({ format: 'hevy', sets: 3430 });
    expect(err).toMatch(
      /^(dumbbell loads read as (both dumbbells together|one dumbbell per hand) \(median dumbbell\/barbell e1RM ratio \d\.\d\d over \d+ pairs?\)|could not tell whether dumbbell loads are per hand or both together \(.+\); programs read them as both together, the safe side)$/m,
    );
  });

  it('should run as the real `pnpm liftgraph` process', () => {
    const res = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--conditions=@liftgraph/source', 'apps/cli/src/main.ts', 'logs', 'inspect', join(LOGS, 'fitnotes-moferg.csv')],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ format: 'fitnotes', sessions: 18, sets: 436 });
  });
});

describe('liftgraph logs inspect errors', () => {
  it('should exit non-zero with the line and column on stderr for a bad row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      'Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time\n2020-09-13,Barbell Squat,Legs,45.0,ten,,,\n',
    );
    const { code, out, err } = await cli(['logs', 'inspect', file]);
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err).toMatch(/line 2.*Reps/);
  });

  it('should reject an unknown --unit with the allowed values', async () => {
    const { code, err } = await cli(['logs', 'inspect', 'x.csv', '--unit', 'stone']);
    expect(code).toBe(2);
    expect(err).toMatch(/kg, lbs; got "stone"/);
  });
});

describe('liftgraph logs inspect notes on stderr', () => {
  it('should print the unit note and the dumbbell note, and keep stdout the same JSON object', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-'));
    const file = join(dir, 'strong.csv');
    writeFileSync(
      file,
      [
        'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
        '2024-01-08 08:00:00,Push,1h,Bench Press (Barbell),1,100,5,0,0,,,',
        '2024-01-08 08:00:00,Push,1h,Lateral Raise (Dumbbell),1,10,12,0,0,,,',
        '',
      ].join('\n'),
    );
    const { code, out, err } = await cli(['logs', 'inspect', file]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      format: 'strong',
      unit: 'kg',
      unitSource: 'assumed',
      unitConfidence: 0,
      unitEvidence:
        'kg assumed: the loads do not tell kg from lbs, none of 2 loads carries conversion noise or a unit-specific plate pattern',
      repairedLines: [],
      sessions: 1,
      sets: 2,
      workingSets: 2,
      exercises: 2,
      mappedSets: 2,
      firstDate: '2024-01-08',
      lastDate: '2024-01-08',
    });
    const lines = err.trim().split('\n');
    expect(lines[0]).toMatch(
      /^weight unit kg \(assumed: the file does not say and its loads do not tell, confidence 0\.00\) — kg assumed: /,
    );
    expect(lines[1]).toBe(
      'could not tell whether dumbbell loads are per hand or both together (no dumbbell exercise paired with its barbell lift); programs read them as both together, the safe side',
    );
  });
});

describe('liftgraph logs inspect on a FitNotes export with unquoted commas', () => {
  it('should report every row, sessions and sets counted as in the file, and list the repaired lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-'));
    const file = join(dir, 'FitNotes_Export.csv');
    const rows = [
      'Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment',
      '2023-03-01,Barbell Squat,Legs,185.0,lbs,5,,,,""',
      '2023-03-01,Barbell Squat,Legs,185.0,lbs,5,,,,""',
      '2023-03-01,Overhead Press (Each Side, Dumbbells),Shoulders,40.0,lbs,8,,,,""',
      '2023-03-01,Overhead Press (Each Side, Dumbbells),Shoulders,40.0,lbs,8,,,,""',
      '2023-03-03,Lunge (Walking, Each Leg, Dumbbells),Legs,30.0,lbs,10,,,,"slow, controlled"',
      '2023-03-03,Deadlift,Back,225.0,lbs,3,,,,""',
      '2023-03-05,Plank (Side, Left),Abs,,,,,,0:01:00,""',
    ];
    writeFileSync(file, rows.join('\n'));
    // Counted as the file defines them: FitNotes sessions are distinct dates, sets are data rows.
    const dataRows = rows.slice(1);
    const dates = new Set(dataRows.map((r) => r.slice(0, 10)));
    const { code, out, err } = await cli(['logs', 'inspect', file]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      format: 'fitnotes',
      unit: 'lbs',
      unitSource: 'file',
      unitConfidence: 1,
      sessions: dates.size,
      sets: dataRows.length,
      exercises: 5,
      repairedLines: [4, 5, 6, 8],
      firstDate: '2023-03-01',
      lastDate: '2023-03-05',
    });
    expect(err).toMatch(/^repaired 4 rows with more fields than the header \(lines 4, 5, 6, 8\)/m);
  });

  it('should refuse an ambiguous row with the line, both field counts and the likely cause', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-'));
    const file = join(dir, 'FitNotes_Export.csv');
    writeFileSync(
      file,
      'Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time\n2023-03-01,Overhead Press (Each Side, Dumbbells),Shoulders,40.0,lbs,8,,,\n',
    );
    const { code, out, err } = await cli(['logs', 'inspect', file]);
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err).toMatch(/line 2 has 10 fields, the header 9: an unquoted comma in the exercise name\?/);
  });
});
