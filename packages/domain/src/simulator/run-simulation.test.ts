import { describe, expect, it } from 'vitest';
import { advanceToDay, currentAcwr } from './advance-days.js';
import { overreachProbability } from './overreach-risk.js';
import type { WeeklySchedule } from './prescription-types.js';
import { createProgressionPrescriber } from './progression-prescriber.js';
import { runSimulation } from './run-simulation.js';
import { type AthleteParams, createAthlete, trueOneRepMaxKg } from './sim-athlete.js';
import { SPLIT_TEMPLATES } from './split-templates.js';

const NOVICE: AthleteParams = { sex: 'male', trainingAgeYears: 0, bodyMassKg: 80, adherence: 1 };
const run = (seed: number, params: AthleteParams = NOVICE, weeks = 12) =>
  runSimulation({
    athlete: createAthlete(params, seed),
    weeks,
    schedule: SPLIT_TEMPLATES['full-body-3'],
    prescriber: createProgressionPrescriber('linear'),
  });
const gain = (series: readonly number[] | undefined): number => (series?.at(-1) ?? 0) / (series?.[0] ?? 1) - 1;

describe('runSimulation', () => {
  it('should give an identical log for the same seed and a different one for another seed', () => {
    expect(run(1, NOVICE, 4)).toEqual(run(1, NOVICE, 4));
    expect(run(1, NOVICE, 4).log).not.toEqual(run(2, NOVICE, 4).log);
  });

  it('should return a liftgraph/kg log, one true-1RM point per week plus the start, and one ACWR row per week', () => {
    const result = run(3, NOVICE, 6);
    expect(result.log.format).toBe('liftgraph');
    expect(result.log.unit).toBe('kg');
    expect(result.log.sessions).toHaveLength(result.plannedSessions - result.skippedSessions);
    expect(result.trueOneRepMaxByExercise['barbell-back-squat']).toHaveLength(7);
    expect(result.acwrWeeks).toHaveLength(6);
    expect(result.log.sessions[0]?.date).toBe('2024-01-01');
  });

  it('should give a novice 12-week linear progression a plausible 1RM gain (10–45 %), about 1–2 %/week', () => {
    const gains = [1, 2, 3, 4]
      .map((seed) => run(seed).trueOneRepMaxByExercise)
      .flatMap((t) => [gain(t['barbell-back-squat']), gain(t['barbell-bench-press'])]);
    const mean = gains.reduce((a, b) => a + b, 0) / gains.length;
    expect(mean).toBeGreaterThan(0.1);
    expect(mean).toBeLessThan(0.45);
  });

  it('should give an advanced lifter far smaller gains than a novice on the same program', () => {
    const advanced = run(5, { ...NOVICE, trainingAgeYears: 8 }).trueOneRepMaxByExercise;
    const novice = run(5).trueOneRepMaxByExercise;
    expect(gain(advanced['barbell-bench-press'])).toBeLessThan(0.4 * gain(novice['barbell-bench-press']));
    expect(gain(advanced['barbell-bench-press'])).toBeGreaterThan(-0.02);
  });

  it('should detrain an athlete who stops training (after a lag while fitness decays)', () => {
    const trained = run(6, { ...NOVICE, trainingAgeYears: 3 }).athlete;
    const before = trueOneRepMaxKg(trained, 'barbell-back-squat');
    advanceToDay(trained, trained.day + 14);
    const after2Weeks = trueOneRepMaxKg(trained, 'barbell-back-squat');
    advanceToDay(trained, trained.day + 12 * 7 - 14);
    const after12Weeks = trueOneRepMaxKg(trained, 'barbell-back-squat');
    expect(after2Weeks / before).toBeGreaterThan(0.98);
    expect(after12Weeks / before).toBeLessThan(0.97);
    expect(after12Weeks / before).toBeGreaterThan(0.8);
  });

  it('should raise ACWR and overreach risk when weekly volume suddenly triples', () => {
    const light: WeeklySchedule = {
      name: 'light',
      days: [{ dayOfWeek: 0, template: SPLIT_TEMPLATES['full-body-3'].days[0]?.template ?? { title: '', exercises: [] } }],
    };
    const base = runSimulation({
      athlete: createAthlete(NOVICE, 7),
      weeks: 8,
      schedule: light,
      prescriber: createProgressionPrescriber('double'),
    });
    const steadyAcwr = currentAcwr(base.athlete) ?? 0;
    const spiked = runSimulation({
      athlete: base.athlete,
      weeks: 1,
      schedule: SPLIT_TEMPLATES['ppl-6'],
      prescriber: createProgressionPrescriber('double'),
      startDate: '2024-02-26',
    });
    const spikeAcwr = spiked.acwrWeeks[0]?.acwr ?? 0;
    expect(spikeAcwr).toBeGreaterThan(1.2);
    expect(spikeAcwr).toBeGreaterThan(steadyAcwr);
    expect(overreachProbability(spikeAcwr)).toBeGreaterThan(2 * overreachProbability(steadyAcwr));
  });

  it('should reject a bad week count or weekday', () => {
    expect(() => run(1, NOVICE, 0)).toThrowError(/weeks must be an integer in \[1, 520\], got 0/);
    const bad: WeeklySchedule = { name: 'bad', days: [{ dayOfWeek: 7, template: { title: 'x', exercises: [] } }] };
    expect(() =>
      runSimulation({ athlete: createAthlete(NOVICE, 1), weeks: 1, schedule: bad, prescriber: createProgressionPrescriber('linear') }),
    ).toThrowError(/dayOfWeek must be an integer in \[0, 6\], got 7/);
  });
});
