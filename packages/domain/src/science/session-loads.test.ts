import { describe, expect, it } from 'vitest';
import type { LoggedSession } from '../log/workout-log.js';
import { kg, seconds } from '../units.js';
import { dailyLoadSeries } from './daily-load-series.js';
import { SCIENCE_CHOICES } from './science-choices.js';
import { estimateSessionLoads, type LoadSession, type LoadSet } from './session-loads.js';

const set = (weightKg: number | null, reps: number, extra: Partial<LoadSet> = {}): LoadSet => ({
  type: 'working',
  reps,
  weightKg: weightKg as LoadSet['weightKg'],
  rpe: null,
  rir: null,
  ...extra,
});

const loggedRpeSession: LoadSession = {
  date: '2024-03-01',
  durationMin: 60,
  sessionRpe: 7,
  performances: [{ exerciseName: 'Squat', sets: [set(100, 5)] }],
};

// Strong-style: no sRPE, no duration, no set RPE.
const bareSquatSession: LoadSession = {
  date: '2024-03-03',
  durationMin: null,
  sessionRpe: null,
  performances: [{ exerciseName: 'Squat (Barbell)', sets: [set(60, 5, { type: 'warmup' }), set(100, 5), set(90, 5)] }],
};

describe('estimateSessionLoads', () => {
  it('should use the logged sRPE and duration when both are present', () => {
    const [estimate] = estimateSessionLoads([loggedRpeSession]);
    expect(estimate).toMatchObject({ loadAu: 420, sessionRpeSource: 'logged', durationSource: 'logged' });
  });

  it('should fall back to the set-effort and set-count proxies when the log has neither', () => {
    const [estimate] = estimateSessionLoads([bareSquatSession]);
    // e1RM (chart, RPE 10) = 100 / 0.863 = 115.87 kg. 100 × 5 → RPE 10.
    // 90 × 5 = 77.67 % → position 14.775 → 8.39 reps to failure → RIR 3.39 → RPE 6.61.
    // sRPE = (10 + 6.6125) / 2 = 8.306; duration = 2 working sets × 3 min = 6 → 49.84 AU.
    expect(estimate?.sessionRpe).toBeCloseTo(8.306, 3);
    expect(estimate?.durationMin).toBe(6);
    expect(estimate?.loadAu).toBeCloseTo(49.84, 2);
    expect(estimate?.volumeLoadKg).toBe(950); // warm-up excluded: 500 + 450
    expect(estimate).toMatchObject({ sessionRpeSource: 'set-effort-proxy', durationSource: 'set-count-proxy' });
  });

  it('should prefer logged set RPE or RIR over the %e1RM proxy', () => {
    const session = { ...bareSquatSession, durationMin: 40 };
    session.performances = [{ exerciseName: 'Squat', sets: [set(100, 5, { rpe: 8 }), set(90, 5, { rir: 3 })] }];
    const [estimate] = estimateSessionLoads([session]);
    expect(estimate?.sessionRpe).toBe(7.5); // (8 + 7) / 2
    expect(estimate?.loadAu).toBe(300); // 40 × 7.5
  });

  it('should use the fallback sRPE when no set carries effort information', () => {
    const pullUps: LoadSession = {
      date: '2024-03-05',
      durationMin: 20,
      sessionRpe: null,
      performances: [{ exerciseName: 'Pull Up', sets: [set(null, 10), set(null, 8)] }],
    };
    const [estimate] = estimateSessionLoads([pullUps]);
    expect(estimate).toMatchObject({ sessionRpe: SCIENCE_CHOICES.proxyFallbackSessionRpe, sessionRpeSource: 'fallback', loadAu: 100 });
  });

  it('should rate sets against the best e1RM seen so far when sessions are out of order', () => {
    const heavy = { ...bareSquatSession, date: '2024-02-01' };
    const light = { ...bareSquatSession, date: '2024-03-03' };
    light.performances = [{ exerciseName: 'squat (barbell) ', sets: [set(90, 5)] }];
    const [, lightEstimate] = estimateSessionLoads([light, heavy]);
    expect(lightEstimate?.date).toBe('2024-03-03');
    expect(lightEstimate?.sessionRpe).toBeCloseTo(6.6125, 3); // same 90 × 5 against 115.87 kg
  });
});

describe('dailyLoadSeries', () => {
  it('should accept parsed WorkoutLog sessions as they are', () => {
    const parsed: LoggedSession = {
      key: '2024-03-01T07:10:00',
      startedAt: '2024-03-01T07:10:00',
      date: '2024-03-01',
      title: 'Legs',
      durationMin: 50,
      notes: null,
      sessionRpe: null,
      performances: [
        {
          order: 0,
          exerciseName: 'Squat (Barbell)',
          notes: null,
          supersetId: null,
          sets: [
            {
              index: 0,
              type: 'working',
              reps: 5,
              weightKg: kg(100),
              originalWeight: 100,
              originalUnit: 'kg',
              rpe: 9,
              rir: null,
              restSec: seconds(180),
              distanceM: null,
              durationSec: null,
              sourceLine: 2,
            },
          ],
        },
      ],
    };
    expect(dailyLoadSeries([parsed])).toEqual([{ date: '2024-03-01', load: 450 }]); // 50 min × set RPE 9
  });

  it('should build a consecutive daily series with rest days 0 when metric is session-rpe', () => {
    expect(dailyLoadSeries([loggedRpeSession, bareSquatSession]).map((d) => Math.round(d.load))).toEqual([420, 0, 50]);
  });

  it('should use kg of volume-load when metric is volume-load', () => {
    const series = dailyLoadSeries([loggedRpeSession, bareSquatSession], { metric: 'volume-load', to: '2024-03-04' });
    expect(series.map((d) => d.load)).toEqual([500, 0, 950, 0]);
  });
});
