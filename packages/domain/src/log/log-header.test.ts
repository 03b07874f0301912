import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectLogFormat, exerciseNameColumn } from './log-header.js';

const split = (line: string): string[] => line.split(detectDelimiter(line)).map((f) => f.replace(/^"(.*)"$/, '$1'));

describe('log-header (browser-safe header reading)', () => {
  it.each([
    ['Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE', 'strong', 3],
    [
      "Date,Nom de l'entraînement,Durée,Nom de l'exercice,Ordre de la série,Poids,Réps,Distance,Secondes,Notes,Notes d'entraînement,RPE",
      'strong',
      3,
    ],
    ['日期,锻炼名称,时长,运动名称,设置顺序,重量,次,距离,秒,备注,锻炼备注,RPE', 'strong', 3],
    ['Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes', 'strong', 2],
    [
      'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes',
      'strong',
      2,
    ],
    [
      'Datum,Trainingsname,Dauer,Übungsname,Satzreihenfolge,Gewicht,Wiederholungen,Distanz,Sekunden,Notizen,Trainingsnotizen,RPE',
      'strong',
      3,
    ],
    [
      '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps"',
      'hevy',
      4,
    ],
    ['Date\tExercise\tCategory\tWeight (kgs)\tReps\tDistance\tDistance Unit\tTime', 'fitnotes', 1],
  ] as const)('should read %j as %s with the exercise name in column %i', (line, format, column) => {
    const header = split(line);
    expect(detectLogFormat(header)).toBe(format);
    expect(exerciseNameColumn(header, format)).toBe(column);
  });

  it('should pick the delimiter that occurs most outside quotes, comma on a tie', () => {
    expect(detectDelimiter('Date\tExercise\tCategory')).toBe('\t');
    expect(detectDelimiter('Date;Workout Name;Exercise Name')).toBe(';');
    expect(detectDelimiter('"a;b;c",d,e')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('should say -1 when the format has no exercise-name column in the header', () => {
    expect(exerciseNameColumn(['Date', 'Lift'], 'fitnotes')).toBe(-1);
    expect(exerciseNameColumn(['Date', 'Lift'], 'strong')).toBe(-1);
  });
});
