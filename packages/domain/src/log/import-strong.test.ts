import { describe, expect, it } from 'vitest';
import { importWorkoutLog } from './import-workout-log.js';
import { summarizeLog } from './summarize-log.js';

const COMMON = [
  'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
  '2024-03-04 18:00:00,"Push day",1h 9m,"Bench Press (Barbell)",1,80,5,0,0,"Grip, wide","Felt good",8',
  '2024-03-04 18:00:00,"Push day",1h 9m,"Bench Press (Barbell)",Rest Timer,0,0,0,120,,,',
  '2024-03-04 18:00:00,"Push day",1h 9m,"Bench Press (Barbell)",2,82.5,5,0,0,,,8.5',
  '2024-03-04 18:00:00,"Push day",1h 9m,"Pull Up",1,0,8,0,0,,,',
  '2024-03-06 07:30:00,"Cardio",30m,"Running (Treadmill)",1,0,0,5.2,1800,,,',
  '2024-03-06 07:30:00,"Cardio",30m,"Plank",1,0,0,0,60,,,',
].join('\n');

const QUOTED_NEW = [
  '"Workout #","Date","Workout Name","Duration (sec)","Exercise Name","Set Order","Weight (kg)","Reps","RPE","Distance (km)","Seconds","Notes","Workout Notes"',
  '"1","2024-05-01 9:00:00 AM","Legs","3600","Squat (Barbell)","W","60","5","","","","",""',
  '"1","2024-05-01 9:00:00 AM","Legs","3600","Squat (Barbell)","1","100","5","","","","",""',
  '"1","2024-05-01 9:00:00 AM","Legs","3600","Squat (Barbell)","Rest Timer","","","","","180","",""',
  '"1","2024-05-01 9:00:00 AM","Legs","3600","Squat (Barbell)","2","100","5","","","","",""',
  '"1","2024-05-01 9:00:00 AM","Legs","3600","Squat (Barbell)","D","70","8","","","","",""',
  '"1","2024-05-01 9:00:00 AM","Legs","3600","Squat (Barbell)","F","70","3","","","","",""',
  '"2","2024-05-03 6:15:00 PM","Row","1200","Rowing (Machine)","1","","","","2.5","600","",""',
].join('\n');

const OLDER = [
  'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes',
  '2019-01-11 12:31:54;"Leg";"Deadlift (Barbell)";1;20;kg;5;;;;0;"";""',
  '2019-01-11 12:31:54;"Leg";"Deadlift (Barbell)";2;45;lbs;5;;;;0;;',
  '2019-01-11 12:31:54;"Leg";"Hanging Leg Raise";1;;;12;;;;0;;',
].join('\n');

const CHINESE = [
  '日期,锻炼名称,时长,运动名称,设置顺序,重量,次,距离,秒,备注,锻炼备注,RPE',
  '2020-09-29 07:10:22,"4.Pull",1小时13分钟,"Bent Over Row (Barbell)",1,44.09245243697551,5,0,0,"4x8","星期二",',
  '2020-09-29 07:10:22,"4.Pull",1小时13分钟,"Bent Over Row (Barbell)",2,66.13867865546327,5,0,0,,,',
  '2020-09-30 07:32:01,"5.Push",49分钟,"Bench Press (Barbell)",1,214.95070563025564,5,0,0,"","星期三",',
].join('\n');

describe('importWorkoutLog with Strong exports', () => {
  it('should read the common comma export when the unit comes from the caller', async () => {
    const log = await importWorkoutLog(COMMON, { unit: 'kg' });
    expect(log).toMatchObject({ format: 'strong', unit: 'kg', unitSource: 'caller' });
    expect(summarizeLog(log)).toEqual({
      sessions: 2,
      sets: 5,
      workingSets: 5,
      exercises: 4,
      firstDate: '2024-03-04',
      lastDate: '2024-03-06',
    });
    const push = log.sessions[0];
    expect(push).toMatchObject({ title: 'Push day', durationMin: 69, notes: 'Felt good' });
    expect(push?.performances[0]).toMatchObject({ exerciseName: 'Bench Press (Barbell)', notes: 'Grip, wide', order: 0 });
    expect(push?.performances[0]?.sets).toMatchObject([
      { index: 0, weightKg: 80, reps: 5, rpe: 8, restSec: 120, sourceLine: 2 },
      { index: 1, weightKg: 82.5, reps: 5, rpe: 8.5, restSec: null, sourceLine: 4 },
    ]);
  });

  it('should not count Rest Timer rows as sets when they follow a set', async () => {
    const log = await importWorkoutLog(QUOTED_NEW);
    const squat = log.sessions[0]?.performances[0]?.sets ?? [];
    expect(squat.map((s) => s.type)).toEqual(['warmup', 'working', 'working', 'drop', 'failure']);
    expect(squat.map((s) => s.restSec)).toEqual([null, 180, null, null, null]);
  });

  it('should take units from the headers of the fully quoted export', async () => {
    const log = await importWorkoutLog(QUOTED_NEW, { unit: 'lbs' });
    expect(log).toMatchObject({ unit: 'kg', unitSource: 'file' });
    expect(log.sessions.map((s) => [s.startedAt, s.durationMin])).toEqual([
      ['2024-05-01T09:00:00', 60],
      ['2024-05-03T18:15:00', 20],
    ]);
    expect(log.sessions[1]?.performances[0]?.sets[0]).toMatchObject({ weightKg: null, reps: null, distanceM: 2500, durationSec: 600 });
    expect(summarizeLog(log)).toMatchObject({ sets: 6, workingSets: 5 });
  });

  it('should read a distance in the comma export in km when the unit is kg', async () => {
    const log = await importWorkoutLog(COMMON, { unit: 'kg' });
    expect(log.sessions[1]?.performances[0]?.sets[0]).toMatchObject({ distanceM: 5200, durationSec: 1800, weightKg: 0 });
  });

  it('should use the per-row Weight Unit of the older ; export', async () => {
    const log = await importWorkoutLog(OLDER);
    const sets = log.sessions[0]?.performances.flatMap((p) => p.sets) ?? [];
    expect(sets.map((s) => [s.weightKg, s.originalWeight, s.originalUnit])).toEqual([
      [20, 20, 'kg'],
      [20.41, 45, 'lbs'],
      [null, null, 'lbs'],
    ]);
    expect(log.sessions[0]?.durationMin).toBeNull();
  });

  it('should infer lbs from float noise when the Chinese export has no unit', async () => {
    const log = await importWorkoutLog(CHINESE);
    expect(log).toMatchObject({ unit: 'lbs', unitSource: 'inferred' });
    const weights = log.sessions.flatMap((s) => s.performances.flatMap((p) => p.sets.map((set) => set.weightKg)));
    expect(weights).toEqual([20, 30, 97.5]);
    expect(log.sessions.map((s) => s.durationMin)).toEqual([73, 49]);
  });

  it('should prefer the caller unit over inference when both are available', async () => {
    const log = await importWorkoutLog(CHINESE, { unit: 'kg' });
    expect(log).toMatchObject({ unit: 'kg', unitSource: 'caller' });
    expect(log.sessions[0]?.performances[0]?.sets[0]?.weightKg).toBe(44.09);
  });

  it('should assume kg and say so when nothing tells the unit', async () => {
    const log = await importWorkoutLog(COMMON);
    expect(log).toMatchObject({ unit: 'kg', unitSource: 'assumed' });
  });

  it('should start a new performance when the same exercise restarts its set numbering', async () => {
    const csv = [
      'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
      '2024-03-04 18:00:00,A,45m,Curl,1,10,10,0,0,,,',
      '2024-03-04 18:00:00,A,45m,Curl,2,10,10,0,0,,,',
      '2024-03-04 18:00:00,A,45m,Curl,1,8,12,0,0,,,',
    ].join('\n');
    const log = await importWorkoutLog(csv, { unit: 'kg' });
    expect(log.sessions[0]?.performances.map((p) => [p.order, p.sets.length])).toEqual([
      [0, 2],
      [1, 1],
    ]);
  });

  it('should ignore a Rest Timer row that comes before any set of its session', async () => {
    const csv = [
      'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE',
      '2024-03-04 18:00:00,A,45m,Curl,Rest Timer,0,0,0,90,,,',
      '2024-03-04 18:00:00,A,45m,Curl,1,10,10,0,0,,,',
    ].join('\n');
    const log = await importWorkoutLog(csv, { unit: 'kg' });
    expect(summarizeLog(log).sets).toBe(1);
    expect(log.sessions[0]?.performances[0]?.sets[0]?.restSec).toBeNull();
  });

  it('should read decimal commas when the export is ;-separated', async () => {
    const csv = [
      'Date;Workout Name;Duration;Exercise Name;Set Order;Weight;Reps;Distance;Seconds;Notes;Workout Notes;RPE',
      '2024-03-04 18:00:00;Push;1h;Bench Press (Barbell);1;80,5;5;0;0;;;',
    ].join('\n');
    const log = await importWorkoutLog(csv, { unit: 'kg' });
    expect(log.sessions[0]?.performances[0]?.sets[0]?.weightKg).toBe(80.5);
    expect(log.sessions[0]?.durationMin).toBe(60);
  });

  it('should read the 2016 export whose weight and distance columns are named by their unit', async () => {
    const csv = [
      'Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes',
      '2016-10-03 19:30:55,"W1D1","Squat",0,70.0,5,0.0,0,""',
      '2016-10-03 19:30:55,"W1D1","Squat",1,72.5,5,0.0,0,""',
      '2016-10-05 19:00:00,"Run","Running",0,0.0,0,3.5,1200,""',
    ].join('\r\n');
    const log = await importWorkoutLog(csv, { unit: 'lbs' });
    expect(log).toMatchObject({ unit: 'kg', unitSource: 'file' });
    expect(log.sessions[0]?.performances[0]?.sets.map((s) => [s.index, s.weightKg, s.originalUnit])).toEqual([
      [0, 70, 'kg'],
      [1, 72.5, 'kg'],
    ]);
    expect(log.sessions[1]?.performances[0]?.sets[0]).toMatchObject({ distanceM: 3500, durationSec: 1200 });
  });

  it('should read pounds from a column named lbs', async () => {
    const csv = ['Date,Workout Name,Exercise Name,Set Order,lbs,Reps,mi,Seconds,Notes', '2016-10-03 19:30:55,A,Squat,0,225,5,0,0,'].join(
      '\n',
    );
    const log = await importWorkoutLog(csv);
    expect(log).toMatchObject({ unit: 'lbs', unitSource: 'file' });
    expect(log.sessions[0]?.performances[0]?.sets[0]).toMatchObject({ weightKg: 102.06, originalWeight: 225, originalUnit: 'lbs' });
  });

  it('should read a distance unit written with a trailing dot and empty weight, unit and reps on cardio rows', async () => {
    const csv = [
      'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration',
      '2023-01-07 10:00:00;"Push";"Bench Press (Barbell)";1;135;lbs;5;;;;0;"";"";1h 2m',
      '2023-01-07 10:00:00;"Push";"Running";1;;;;;1.5;mi.;720;"";"";1h 2m',
    ].join('\n');
    const log = await importWorkoutLog(csv);
    expect(log).toMatchObject({ unit: 'lbs', unitSource: 'file' });
    expect(log.sessions[0]?.durationMin).toBe(62);
    expect(log.sessions[0]?.performances[1]?.sets[0]).toMatchObject({ weightKg: null, reps: null, distanceM: 2414.02, durationSec: 720 });
  });

  it('should still refuse a distance unit nobody writes, naming the line and column', async () => {
    const csv = [
      'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes',
      '2023-01-07 10:00:00;"Run";"Running";1;;;;;1.5;furlongs;720;"";""',
    ].join('\n');
    await expect(importWorkoutLog(csv)).rejects.toThrowError(/line 2, column "Distance Unit": "furlongs" is not a distance unit/);
  });

  it('should read the French-localised header with accents, apostrophes and French durations', async () => {
    const csv = [
      "Date,Nom de l'entraînement,Durée,Nom de l'exercice,Ordre de la série,Poids,Réps,Distance,Secondes,Notes,Notes d'entraînement,RPE",
      '2023-08-16 13:10:30,"Pecs Et Dos",1h 2min,"Bench Press (Dumbbell)",1,20.0,8,0,0,"","l\'échauffement",',
      '2023-08-16 13:10:30,"Pecs Et Dos",1h 2min,"Bench Press (Dumbbell)",2,22.5,8,0,0,"",,8',
      '2023-08-18 09:00:00,"Jambes",57min,"Squat (Barbell)",1,60,5,0,0,"",,',
    ].join('\r\n');
    const log = await importWorkoutLog(csv, { unit: 'kg' });
    expect(log.sessions.map((s) => [s.title, s.durationMin])).toEqual([
      ['Pecs Et Dos', 62],
      ['Jambes', 57],
    ]);
    expect(log.sessions[0]?.performances[0]?.sets.map((s) => [s.weightKg, s.reps, s.rpe])).toEqual([
      [20, 8, null],
      [22.5, 8, 8],
    ]);
  });

  it('should read the common export in a language it has no names for by column position', async () => {
    const csv = [
      'Datum,Trainingsname,Dauer,Übungsname,Satzreihenfolge,Gewicht,Wiederholungen,Distanz,Sekunden,Notizen,Trainingsnotizen,RPE',
      '2023-08-16 13:10:30,"Brust",1h 2m,"Bench Press (Barbell)",1,80,5,0,0,"","",8',
    ].join('\n');
    const log = await importWorkoutLog(csv, { unit: 'kg' });
    expect(log).toMatchObject({ format: 'strong' });
    expect(log.sessions[0]).toMatchObject({ title: 'Brust', durationMin: 62 });
    expect(log.sessions[0]?.performances[0]).toMatchObject({
      exerciseName: 'Bench Press (Barbell)',
      sets: [{ weightKg: 80, reps: 5, rpe: 8 }],
    });
  });

  it('should refuse a 12-column file ending in RPE that is not a Strong export, naming the first bad field', async () => {
    const csv = ['Name,A,B,C,D,E,F,G,H,I,J,RPE', 'Bob,x,y,z,1,2,3,4,5,6,7,8'].join('\n');
    await expect(importWorkoutLog(csv, { unit: 'kg' })).rejects.toThrowError(/line 2, column "Name": "Bob" is not a date/);
  });
});
