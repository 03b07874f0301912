import { describe, expect, it } from 'vitest';
import { detectLogFormat } from './detect-log-format.js';

describe('detectLogFormat', () => {
  it.each([
    ['Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE', 'strong'],
    ['Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes', 'strong'],
    [
      '"Workout #","Date","Workout Name","Duration (sec)","Exercise Name","Set Order","Weight (kg)","Reps","RPE","Distance (meters)","Seconds","Notes","Workout Notes"',
      'strong',
    ],
    ['\uFEFF日期,锻炼名称,时长,运动名称,设置顺序,重量,次,距离,秒,备注,锻炼备注,RPE', 'strong'],
    [
      '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"',
      'hevy',
    ],
    [
      "Date,Nom de l'entraînement,Durée,Nom de l'exercice,Ordre de la série,Poids,Réps,Distance,Secondes,Notes,Notes d'entraînement,RPE",
      'strong',
    ],
    [
      'DATE,NOM DE L’ENTRAINEMENT,DUREE,NOM DE L’EXERCICE,ORDRE DE LA SERIE,POIDS,REPS,DISTANCE,SECONDES,NOTES,NOTES D’ENTRAINEMENT,RPE',
      'strong',
    ],
    ['Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes', 'strong'],
    ['Datum,Trainingsname,Dauer,Übungsname,Satzreihenfolge,Gewicht,Wiederholungen,Distanz,Sekunden,Notizen,Trainingsnotizen,RPE', 'strong'],
    ['Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time', 'fitnotes'],
    ['Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment', 'fitnotes'],
  ])('should recognise %s', (header, format) => {
    expect(detectLogFormat(header)).toBe(format);
  });

  it('should accept the header as an array of fields', () => {
    expect(detectLogFormat(['title', 'start_time', 'exercise_title', 'set_index'])).toBe('hevy');
  });

  it('should throw UNKNOWN_FORMAT listing the expected headers when nothing matches', () => {
    expect(() => detectLogFormat('Day,Lift,Kilos')).toThrowError(
      /Unrecognised workout-log header: Day, Lift, Kilos[\s\S]*fitnotes: Date,Exercise,Category/,
    );
  });
});
