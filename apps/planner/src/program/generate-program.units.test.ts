import { generatePopulation, KG_PER_LB, LIFTGRAPH_CATALOG, PLATE_STEPS, type PlateSet } from '@liftgraph/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSolver, type MipSolver } from '../solver/highs-solver.js';
import { generateProgramWith } from './generate-program.js';

let solver: MipSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

const [athlete] = generatePopulation({ n: 1, weeks: 16, seed: 11 });
const equipmentOf = new Map(LIFTGRAPH_CATALOG.map((e) => [e.id, e.equipment]));
const request = { athleteId: 'units', daysPerWeek: 3, goal: 'strength', weeks: 4 } as const;

function loads(plates?: PlateSet) {
  if (!athlete) throw new Error('the population has an athlete');
  const { program } = generateProgramWith(solver, request, {
    history: athlete.log.sessions,
    catalog: LIFTGRAPH_CATALOG,
    ...(plates && { plates }),
  });
  return program.weeks.flatMap((w) => w.days.flatMap((d) => d.prescriptions));
}

describe('generateProgram for an lbs athlete', () => {
  it('should put every load on the lb step of its equipment (5 lb, machines 10 lb), stored as the exact kg', () => {
    const loaded = loads({ unit: 'lbs', microplates: false }).filter((rx) => rx.loadKg !== null && rx.loadKg > 0);
    expect(loaded.length).toBeGreaterThan(20);
    const offStep = loaded.filter((rx) => {
      const equipment = equipmentOf.get(rx.exerciseId);
      const stepLb = (equipment && PLATE_STEPS.incrementLbByEquipment[equipment]) ?? PLATE_STEPS.defaultIncrementLb;
      const lb = (rx.loadKg ?? 0) / KG_PER_LB;
      return Math.abs(lb / stepLb - Math.round(lb / stepLb)) > 1e-6;
    });
    expect(offStep.map((rx) => `${rx.exerciseId} ${rx.loadKg} kg`)).toEqual([]);
    // Not by accident on kg steps too: most loads are not whole 2.5 kg steps.
    expect(loaded.filter((rx) => Math.abs((rx.loadKg ?? 0) / 2.5 - Math.round((rx.loadKg ?? 0) / 2.5)) > 1e-6).length).toBeGreaterThan(
      loaded.length / 2,
    );
  });

  it("should word the coach's line in lb and never print a pound load's raw kg (61.23496995 kg)", () => {
    const all = loads({ unit: 'lbs', microplates: false });
    const loaded = all.filter((rx) => rx.loadKg !== null && rx.loadKg > 0 && !rx.bodyweight);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((rx) => !/^\d+ × \d+ at \d+(\.\d)? lb\b/.test(rx.rationale)).map((rx) => rx.rationale)).toEqual([]);
    expect(all.flatMap((rx) => [rx.rationale, rx.details]).filter((t) => /\d\.\d{3,} kg/.test(t))).toEqual([]);
    // The load steps and starting loads the planner chose are worded in lb too (e1RM evidence stays kg).
    const texts = all.flatMap((rx) => [rx.rationale, rx.details]);
    expect(texts.filter((t) => /kg on last week|start (light )?at [\d.]+ kg|held at [\d.]+ kg/.test(t))).toEqual([]);
    expect(texts.some((t) => /lb on last week|start (light )?at [\d.]+ lb/.test(t))).toBe(true);
  });

  it('should land barbell loads on 2.5 lb steps with microplates', () => {
    const barbell = loads({ unit: 'lbs', microplates: true }).filter(
      (rx) => equipmentOf.get(rx.exerciseId) === 'barbell' && rx.loadKg !== null && rx.loadKg > 0,
    );
    expect(barbell.length).toBeGreaterThan(0);
    for (const rx of barbell) {
      const lb = (rx.loadKg ?? 0) / KG_PER_LB;
      expect(Math.abs(lb / 2.5 - Math.round(lb / 2.5))).toBeLessThan(1e-6);
    }
  });

  it('should leave a kg athlete exactly as without a plate set', () => {
    expect(loads({ unit: 'kg', microplates: false }).map((rx) => rx.loadKg)).toEqual(loads().map((rx) => rx.loadKg));
  });
});
