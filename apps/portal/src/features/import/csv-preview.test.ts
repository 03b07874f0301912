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

  it('should read tab-separated exports, keeping commas inside fields', () => {
    const t = parseCsv('Date\tExercise\tCategory\tWeight (kgs)\tReps\n2025-01-01\tRow, Seated Cable\tBack\t50.0\t10\n');
    expect(t.headers).toEqual(['Date', 'Exercise', 'Category', 'Weight (kgs)', 'Reps']);
    expect(t.rows[0]).toEqual(['2025-01-01', 'Row, Seated Cable', 'Back', '50.0', '10']);
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

  // Headers the server imports (the domain's detectLogFormat) that the portal's own copy did not recognise.
  it.each([
    [
      'French Strong',
      "Date,Nom de l'entraînement,Durée,Nom de l'exercice,Ordre de la série,Poids,Réps,Distance,Secondes,Notes,Notes d'entraînement,RPE\r\n2023-08-16 18:00:00,Push,1h,Développé couché (barre),1,60,8,0,0,,,\r\n",
      'strong',
      3,
      'Développé couché (barre)',
    ],
    [
      'Chinese Strong',
      '\uFEFF日期,锻炼名称,时长,运动名称,设置顺序,重量,次,距离,秒,备注,锻炼备注,RPE\n2020-09-29 07:10:22,早上,1小时,卧推（杠铃）,1,135,5,0,0,,,\n',
      'strong',
      3,
      '卧推（杠铃）',
    ],
    [
      'Strong 2016 (kg/km columns)',
      'Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes\r\n2016-10-03 19:00:00,Legs,Squat (Barbell),1,80,5,,,\r\n',
      'strong',
      2,
      'Squat (Barbell)',
    ],
    [
      'tab-separated FitNotes',
      'Date\tExercise\tCategory\tWeight (kgs)\tReps\tDistance\tDistance Unit\tTime\n2020-09-13\tFlat Barbell Bench Press\tChest\t60.0\t8\t\t\t\n',
      'fitnotes',
      1,
      'Flat Barbell Bench Press',
    ],
  ] as const)('should recognise the %s header and find its exercise-name column', (_label, text, format, column, name) => {
    const table = parseCsv(text);
    expect(detectFormat(table.headers)).toEqual({ format, exerciseColumn: column });
    expect(exerciseNames(table, column)).toEqual([{ name, rows: 1 }]);
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
