import { type Exercise, LIFTGRAPH_CATALOG, type OverloadHistory } from '@liftgraph/domain';
import { describe, expect, it } from 'vitest';
import { baseLoad, type LoadInput } from './base-load.js';

const bench = LIFTGRAPH_CATALOG.find((e) => e.id === 'barbell-bench-press') as Exercise;
const history: OverloadHistory = [
  { date: '2024-02-26', targetReps: 5, sets: [{ weightKg: 80, reps: 5 }, { weightKg: 80, reps: 5 }, { weightKg: 80, reps: 5 }] },
  { date: '2024-03-01', targetReps: 5, sets: [{ weightKg: 82.5, reps: 5 }, { weightKg: 82.5, reps: 5 }, { weightKg: 82.5, reps: 5 }] },
];
const input = (over: Partial<LoadInput> = {}): LoadInput => ({
  athleteId: 'a', date: '2024-03-04', exercise: bench, reps: 5, targetRpe: 8, history, acwr: 1.05, restSec: 180, sets: 3,
  historyOf: () => [], knownExerciseIds: [], lookup: () => undefined, profile: {}, ...over,
});

describe('baseLoad', () => {
  it('should give one line: the change, the reason with the session it rests on, and ACWR', () => {
    const d = baseLoad(input());
    expect(d).toMatchObject({ source: 'rules', loadKg: 85 });
    expect(d.rationale).toBe('+2.5 kg: all reps done last time (3×5 @ 82.5 kg), ACWR 1.05');
  });

  it('should state the progression at the last reps and the RTS conversion as a qualifier', () => {
    const d = baseLoad(input({ reps: 8 }));
    expect(d.rationale).toBe(`+2.5 kg: all reps done last time (3×5 @ 82.5 kg), ${d.loadKg} kg for 8 reps (RTS), ACWR 1.05`);
  });

  it('should say when the weekly cap swallowed an earned increase instead of calling it a miss', () => {
    const light: OverloadHistory = [{ date: '2024-03-01', targetReps: 10, sets: [{ weightKg: 17.5, reps: 10 }, { weightKg: 17.5, reps: 10 }] }];
    const d = baseLoad(input({ history: light, reps: 10 }));
    expect(d.loadKg).toBe(17.5);
    expect(d.rationale).toBe('hold: all reps done (2×10 @ 17.5 kg), but +2.5 kg would pass +10 %/week, ACWR 1.05');
  });

  it('should name the RPE that drove an autoregulated change', () => {
    const withRpe: OverloadHistory = [{ date: '2024-03-01', targetReps: 5, sets: [{ weightKg: 82.5, reps: 5, rpe: 6 }, { weightKg: 82.5, reps: 5, rpe: 6.5 }] }];
    const d = baseLoad(input({ history: withRpe }));
    expect(d.loadKg).toBeGreaterThan(82.5);
    expect(d.rationale).toMatch(/^\+\d+(\.\d+)? kg: last set RPE 6\.5 below target 8 \(2×5 @ 82\.5 kg\), ACWR 1\.05$/);
    expect(d.rationale).not.toMatch(/;|rounded|converted/);
  });

  it('should cap a bolder model prediction at the rules plus one plate step, and say so', () => {
    const predictionSource = { id: 'fake', predict: () => ({ weightKg: 95, reps: 5, restSec: 180 }) };
    const d = baseLoad(input({ predictionSource }));
    expect(d.source).toBe('gnn');
    expect(d.loadKg).toBe(87.5);
    expect(d.rationale).toContain("capped at the rules' 85 kg + one 2.5 kg step");
    expect(d.rationale).toMatch(/^\+5 kg: GNN predicts 95 kg × 5 \(last 3×5 @ 82\.5 kg\)/);
  });

  it('should discount loads after a layoff', () => {
    const d = baseLoad(input({ date: '2024-06-03' }));
    expect(d.loadKg).toBeLessThan(82.5);
    expect(d.rationale).toMatch(/, 13 weeks since last done: −10 %, ACWR 1\.05$/);
  });
});
