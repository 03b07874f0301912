import { describe, expect, it } from 'vitest';
import { applyMapping, detectFormat, exerciseNames, parseCsv } from './csv-preview';

const STRONG = [
  'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
  '2025-03-01 08:00:00,"Push, heavy",1h,Bench Press (Barbell),1,80,5,0,0,"said ""easy""",,8',
  '2025-03-01 08:00:00,"Push, heavy",1h,Bench Press (Barbell),2,80,5,0,0,,,8.5',
  '2025-03-01 08:00:00,"Push, heavy",1h,Zercher Wobble Press,1,40,10,0,0,,,',
  '',
].join('\r\n');

describe('parseCsv', () => {
  it('should handle quoted commas, doubled quotes and CRLF, and skip blank lines', () => {
    const t = parseCsv(STRONG);
    expect(t.headers).toHaveLength(12);
    expect(t.rows).toHaveLength(3);
    expect(t.rows[0]?.[1]).toBe('Push, heavy');
    expect(t.rows[0]?.[9]).toBe('said "easy"');
  });

  it('should read semicolon-delimited exports', () => {
    expect(parseCsv('Date;Exercise;Category\n2025-01-01;Squat;Legs\n').rows[0]).toEqual(['2025-01-01', 'Squat', 'Legs']);
  });
});

describe('detectFormat', () => {
  it.each([
    [['Date', 'Workout Name', 'Exercise Name', 'Set Order', 'Weight', 'Reps'], 'strong', 2],
    [['title', 'start_time', 'exercise_title', 'set_index', 'weight_kg', 'reps'], 'hevy', 2],
    [['Date', 'Exercise', 'Category', 'Weight (kgs)', 'Reps'], 'fitnotes', 1],
    [['a', 'b'], 'unknown', -1],
  ] as const)('should detect %j as %s', (headers, format, column) => {
    expect(detectFormat(headers)).toEqual({ format, exerciseColumn: column });
  });
});

describe('exerciseNames / applyMapping', () => {
  it('should count rows per name and rewrite mapped names, quoting where needed', () => {
    const t = parseCsv(STRONG);
    expect(exerciseNames(t, 3)).toEqual([
      { name: 'Bench Press (Barbell)', rows: 2 },
      { name: 'Zercher Wobble Press', rows: 1 },
    ]);
    const out = applyMapping(t, 3, { 'Zercher Wobble Press': 'Barbell Front Squat' });
    const again = parseCsv(out);
    expect(again.rows[2]?.[3]).toBe('Barbell Front Squat');
    expect(again.rows[0]?.[1]).toBe('Push, heavy');
    expect(again.rows[0]?.[9]).toBe('said "easy"');
  });
});
