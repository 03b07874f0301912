import {
  addDays,
  daysBetween,
  type Exercise,
  generatePopulation,
  LIFTGRAPH_CATALOG,
  type OverloadHistory,
  roundLoadKg,
} from '@liftgraph/domain';
import type { PlanRequestInput, ProgramPrescription } from '@liftgraph/domain/program';
import { describe, expect, it } from 'vitest';
import { generateProgramWith } from '../program/generate-program.js';
import { loadSolver } from '../solver/highs-solver.js';
import { baseLoad, type LoadInput } from './base-load.js';
import { capacityOfHistory } from './capacity-of.js';
import { coachRationale } from './coach-rationale.js';
import { LOAD_GUARD } from './load-guard.js';
import { rtsFraction } from './strength-ratios.js';

const byId = (id: string): Exercise => {
  const e = LIFTGRAPH_CATALOG.find((x) => x.id === id);
  if (!e) throw new Error(`no catalog exercise ${id}`);
  return e;
};

/**
 * What coaches use as a conservative first dumbbell load from a barbell lift: each dumbbell 0.35–0.4 × the
 * barbell load the athlete could move for the same reps at the first-exposure RPE (computed here from the
 * barbell e1RM, independently of the planner's transfer path).
 */
function perHandBand(barbellE1RmKg: number, reps: number, stepKg: number): { low: number; high: number } {
  const barbellLoad = barbellE1RmKg * rtsFraction(reps, LOAD_GUARD.firstExposureRpe);
  return { low: roundLoadKg(0.35 * barbellLoad, stepKg, 'down'), high: 0.4 * barbellLoad };
}

describe('first exposure of a dumbbell press from a logged barbell press', () => {
  const ohp = byId('barbell-overhead-press');
  const press = byId('dumbbell-shoulder-press');
  // Barbell overhead press 37.5 kg × 8 (e1RM ≈ 48.8 kg), ten days before the session.
  const ohpHistory: OverloadHistory = [
    { date: '2026-11-27', targetReps: 8, sets: [37.5, 37.5, 37.5].map((weightKg) => ({ weightKg, reps: 8 })) },
  ];
  const date = '2026-12-07';
  const ohpCapacity = capacityOfHistory(ohpHistory, date);
  const input = (reps: number): LoadInput => ({
    athleteId: 'a',
    date,
    exercise: press,
    reps,
    targetRpe: 8,
    history: [],
    acwr: null,
    restSec: 120,
    sets: 3,
    capacity: null,
    capacityOf: (id) => (id === ohp.id ? ohpCapacity : null),
    stepKg: 2,
    knownExerciseIds: [ohp.id],
    lookup: (id) => LIFTGRAPH_CATALOG.find((e) => e.id === id),
    profile: {},
  });

  it.each([3, 8])('should start %i reps per hand at 0.35–0.4 × the barbell load, from the barbell press, worded for a coach', (reps) => {
    expect(ohpCapacity?.e1RmKg).toBeCloseTo(48.75, 1);
    const d = baseLoad(input(reps));
    const band = perHandBand(ohpCapacity?.e1RmKg ?? 0, reps, 2);
    expect(d).toMatchObject({ source: 'transfer', firstExposure: true });
    expect(d.loadKg).toBeGreaterThanOrEqual(band.low);
    expect(d.loadKg).toBeLessThanOrEqual(band.high);
    const rx = {
      sets: 3,
      reps,
      loadKg: d.loadKg,
      loadPerHand: true,
      bodyweight: false,
      rationale: d.rationale,
      details: '',
    } as ProgramPrescription;
    const words = coachRationale(rx);
    expect(words.rationale).toBe(
      `3 × ${reps} at ${d.loadKg} kg per hand: new exercise, start at ${d.loadKg} kg per hand from your barbell overhead press (est. 1RM 49 kg), work up to RPE 7 and adjust`,
    );
    expect(words.details).toMatch(
      /1RM ~\d+(\.\d)? kg estimated from Barbell Overhead Press, e1RM 49 kg \(37\.5 kg × 8 on 2026-11-27\); carry-over 0\.7/,
    );
  });

  it('should keep the low end of the band for a transfer between two-hand lifts (barbell bench → incline bench)', () => {
    const bench = byId('barbell-bench-press');
    const benchCapacity = capacityOfHistory([{ date: '2026-11-27', targetReps: 5, sets: [{ weightKg: 80, reps: 5 }] }], date);
    const d = baseLoad({
      ...input(5),
      exercise: byId('incline-bench-press'),
      capacityOf: (id) => (id === bench.id ? benchCapacity : null),
      knownExerciseIds: [bench.id],
      stepKg: 2.5,
    });
    expect(d.source).toBe('transfer');
    expect(d.rationale).toContain('from your barbell bench press');
    expect(d.rationale).toContain('the low end of the transferred band');
  });
});

describe('the demo athlete Chloé Ström (demo-athlete-3): a dumbbell + body-weight strength block', () => {
  it('should start her dumbbell shoulder press and bench from her barbell presses, per hand, not at toy loads', async () => {
    const solver = await loadSolver();
    // The demo seed (apps/cli seed demo): generatePopulation({ n: 4, weeks: 14, seed: 2025 }), third athlete, log moved in whole weeks to end by today.
    const sim = generatePopulation({ n: 4, weeks: 14, seed: 2025 })[2];
    if (!sim) throw new Error('the demo population has no third athlete');
    const today = '2026-12-06';
    const last = sim.log.sessions.at(-1)?.date ?? today;
    const shiftDays = Math.floor(daysBetween(last.slice(0, 10), today) / 7) * 7;
    const shift = (s: string): string => addDays(s.slice(0, 10), shiftDays) + s.slice(10);
    const sessions = sim.log.sessions.map((s) => ({ ...s, key: shift(s.key), date: shift(s.date), startedAt: shift(s.startedAt) }));
    const request: PlanRequestInput = {
      athleteId: 'demo-athlete-3',
      daysPerWeek: 3,
      goal: 'strength',
      weeks: 6,
      startDate: '2026-12-07',
      equipment: ['dumbbell', 'body only'],
    };
    const generated = generateProgramWith(solver, request, {
      history: sessions,
      catalog: LIFTGRAPH_CATALOG,
      profile: { sex: sim.params.sex, bodyweightKg: sim.params.bodyMassKg },
    });
    const week1 = generated.program.weeks[0]?.days.flatMap((d) => d.prescriptions) ?? [];
    const cases = [
      { barbell: 'barbell-overhead-press', dumbbell: 'dumbbell-shoulder-press', name: 'barbell overhead press' },
      { barbell: 'barbell-bench-press', dumbbell: 'dumbbell-bench-press', name: 'barbell bench press' },
    ] as const;
    const found = cases.map((c) => ({ ...c, rx: week1.find((rx) => rx.exerciseId === c.dumbbell) }));
    expect(found.map((f) => f.rx !== undefined)).toEqual([true, true]);
    for (const { barbell, name, rx } of found) {
      if (!rx || rx.loadKg === null) throw new Error(`no load for the ${name} transfer`);
      const capacity = capacityOfHistory(generated.state.historyByExercise.get(barbell) ?? [], '2026-12-07');
      if (!capacity) throw new Error(`no capacity on the ${name}`);
      const band = perHandBand(capacity.e1RmKg, rx.reps, 2);
      expect({ name, source: rx.source, perHand: rx.loadPerHand }).toEqual({ name, source: 'transfer', perHand: true });
      expect(rx.loadKg).toBeGreaterThanOrEqual(band.low);
      expect(rx.loadKg).toBeLessThanOrEqual(band.high);
      expect(rx.rationale).toContain(`from your ${name} (est. 1RM ${Math.round(capacity.e1RmKg)} kg)`);
      expect(rx.details).toContain('estimated from');
    }
  });
});
