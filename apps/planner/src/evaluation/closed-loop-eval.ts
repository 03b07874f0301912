import {
  createAthlete,
  createProgressionPrescriber,
  daysBetween,
  type Exercise,
  generatePopulation,
  type MuscleGroupId,
  type Prescriber,
  runSimulation,
  SPLIT_FOR_DAYS,
  SPLIT_TEMPLATES,
  type SimulationResult,
  type WeeklySchedule,
} from '@liftgraph/domain';
import type { Goal } from '@liftgraph/domain/program';
import type { MipSolver } from '../solver/highs-solver.js';
import { addDeliveredStimulus, type DeliveredStimulus, emptyStimulus } from './delivered-stimulus.js';
import { createLiftgraphPrescriber, liftgraphSchedule } from './liftgraph-prescriber.js';

export const MAIN_LIFTS = [
  'barbell-back-squat',
  'barbell-bench-press',
  'barbell-deadlift',
  'barbell-overhead-press',
  'barbell-row',
] as const;
export type ArmId = 'linear' | 'double' | 'liftgraph';

export interface ArmSummary {
  arm: ArmId;
  athletes: number;
  /** Mean true-1RM gain per main lift, percent of the start value. */
  gainPct: Record<string, number>;
  meanGainPct: number;
  /** Mean true-1RM gain per main lift in kg. */
  gainKg: Record<string, number>;
  weeksAcwrAbove15: number;
  overreachEvents: number;
  sessionsDone: number;
  /** Sums over all athletes' logs (divide by athletes × weeks for per-week means). */
  delivered: DeliveredStimulus;
  weeks: number;
  /** Mean end-of-week EWMA ACWR per week (athletes past the 28-day warm-up), and overreach events started per week. */
  acwrByWeek: number[];
  overreachByWeek: number[];
}

export interface EvalOptions {
  solver: MipSolver;
  catalog: readonly Exercise[];
  n: number;
  weeks: number;
  seed: number;
  blockWeeks: number;
  goal: Goal;
  /** Main lifts as priority exercises of the Liftgraph request (a coach's usual request for a strength block). */
  prioritizeMainLifts: boolean;
  onAthlete?: (i: number) => void;
}

/** Days per week for all three arms: the population's 4-day athletes get 3 (≤ 3 y training age) or 5 days. */
function daysFor(split: string, trainingAgeYears: number): 3 | 5 | 6 {
  if (split === 'ppl-6') return 6;
  if (split === 'upper-lower-ppl-5') return 5;
  if (split === 'upper-lower-4') return trainingAgeYears >= 3 ? 5 : 3;
  return 3;
}

export function runClosedLoopEval(o: EvalOptions): ArmSummary[] {
  const population = generatePopulation({ n: o.n, weeks: 1, seed: o.seed });
  const byName = new Map(o.catalog.map((e) => [e.name, e]));
  type Acc = {
    gainPct: Record<string, number[]>;
    gainKg: Record<string, number[]>;
    acwr: number;
    over: number;
    done: number;
    delivered: DeliveredStimulus;
    acwrSum: number[];
    acwrN: number[];
    overByWeek: number[];
  };
  const fresh = (): Acc => ({
    gainPct: {},
    gainKg: {},
    acwr: 0,
    over: 0,
    done: 0,
    delivered: emptyStimulus(MAIN_LIFTS),
    acwrSum: Array.from({ length: o.weeks }, () => 0),
    acwrN: Array.from({ length: o.weeks }, () => 0),
    overByWeek: Array.from({ length: o.weeks }, () => 0),
  });
  const acc = new Map<ArmId, Acc>();
  const record = (arm: ArmId, r: SimulationResult): void => {
    const a = acc.get(arm) ?? fresh();
    acc.set(arm, a);
    addDeliveredStimulus(a.delivered, r.log, byName);
    r.acwrWeeks.forEach((w, k) => {
      if (w.acwr === null || k >= o.weeks) return;
      a.acwrSum[k] = (a.acwrSum[k] ?? 0) + w.acwr;
      a.acwrN[k] = (a.acwrN[k] ?? 0) + 1;
    });
    const firstDay = r.acwrWeeks[0]?.weekStart ?? '1970-01-01';
    for (const e of r.overreachEvents) {
      const k = Math.floor(daysBetween(firstDay, e.date) / 7);
      if (k >= 0 && k < o.weeks) a.overByWeek[k] = (a.overByWeek[k] ?? 0) + 1;
    }
    for (const lift of MAIN_LIFTS) {
      const series = r.trueOneRepMaxByExercise[lift] ?? [];
      const start = series[0] ?? 0;
      const end = series.at(-1) ?? start;
      (a.gainPct[lift] ??= []).push(start > 0 ? (100 * (end - start)) / start : 0);
      (a.gainKg[lift] ??= []).push(end - start);
    }
    a.acwr += r.acwrWeeks.filter((w) => w.acwr !== null && w.acwr > 1.5).length;
    a.over += r.overreachEvents.length;
    a.done += r.plannedSessions - r.skippedSessions;
  };
  population.forEach((p, i) => {
    const days = daysFor(p.split, p.params.trainingAgeYears);
    const seed = 1000 + i;
    const fixed: WeeklySchedule = SPLIT_TEMPLATES[SPLIT_FOR_DAYS[days]];
    const request = {
      athleteId: p.id,
      daysPerWeek: days,
      goal: o.goal,
      priorities: { muscles: [], exercises: o.prioritizeMainLifts ? [...MAIN_LIFTS] : [] },
    };
    const arms: Array<[ArmId, WeeklySchedule, Prescriber]> = [
      ['linear', fixed, createProgressionPrescriber('linear')],
      ['double', fixed, createProgressionPrescriber('double')],
      [
        'liftgraph',
        liftgraphSchedule(request),
        createLiftgraphPrescriber({
          solver: o.solver,
          catalog: o.catalog,
          request,
          blockWeeks: o.blockWeeks,
          profile: {
            bodyweightKg: p.params.bodyMassKg,
            sex: p.params.sex,
            level: p.params.trainingAgeYears < 0.5 ? 'beginner' : p.params.trainingAgeYears < 3 ? 'intermediate' : 'expert',
          },
        }),
      ],
    ];
    for (const [arm, schedule, prescriber] of arms) {
      record(
        arm,
        runSimulation({ athlete: createAthlete(p.params, seed), weeks: o.weeks, schedule, prescriber, trackExerciseIds: MAIN_LIFTS }),
      );
    }
    o.onAthlete?.(i);
  });
  const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
  return (['linear', 'double', 'liftgraph'] as const).map((arm) => {
    const a = acc.get(arm) ?? fresh();
    const gainPct = Object.fromEntries(MAIN_LIFTS.map((l) => [l, mean(a.gainPct[l] ?? [])]));
    return {
      arm,
      athletes: population.length,
      gainPct,
      meanGainPct: mean(Object.values(gainPct)),
      gainKg: Object.fromEntries(MAIN_LIFTS.map((l) => [l, mean(a.gainKg[l] ?? [])])),
      weeksAcwrAbove15: a.acwr,
      overreachEvents: a.over,
      sessionsDone: a.done,
      delivered: a.delivered,
      weeks: o.weeks,
      acwrByWeek: a.acwrSum.map((x, k) => x / Math.max(1, a.acwrN[k] ?? 0)),
      overreachByWeek: a.overByWeek,
    };
  });
}

export function formatEvalTable(rows: readonly ArmSummary[]): string {
  const head = ['arm', ...MAIN_LIFTS.map((l) => l.replace('barbell-', '')), 'mean %', 'wks ACWR>1.5', 'overreach', 'sessions'];
  const lines = [head.join(' | '), head.map(() => '---').join(' | ')];
  for (const r of rows) {
    lines.push(
      [
        r.arm,
        ...MAIN_LIFTS.map((l) => `${(r.gainPct[l] ?? 0).toFixed(1)} % (${(r.gainKg[l] ?? 0).toFixed(1)} kg)`),
        `${r.meanGainPct.toFixed(2)} %`,
        String(r.weeksAcwrAbove15),
        String(r.overreachEvents),
        String(r.sessionsDone),
      ].join(' | '),
    );
  }
  const lin = rows.find((r) => r.arm === 'linear');
  const lg = rows.find((r) => r.arm === 'liftgraph');
  if (lin && lg)
    lines.push(
      '',
      `liftgraph vs linear: ${(100 * (lg.meanGainPct / lin.meanGainPct - 1)).toFixed(1)} % more mean 1RM gain; ACWR>1.5 weeks ${lg.weeksAcwrAbove15} vs ${lin.weeksAcwrAbove15}`,
    );
  return lines.join('\n');
}

const DELIVERED_MUSCLES: readonly MuscleGroupId[] = [
  'quadriceps',
  'hamstrings',
  'glutes',
  'chest',
  'shoulders',
  'triceps',
  'lats',
  'middle back',
  'biceps',
];

/** Per athlete-week: hard sets and sessions of each main lift, hard sets of the muscles they load, session length and sRPE. */
export function formatDeliveredTable(rows: readonly ArmSummary[]): string {
  const head = ['arm', ...MAIN_LIFTS.map((l) => `${l.replace('barbell-', '')} sets (×/wk)`), ...DELIVERED_MUSCLES, 'min/session', 'sRPE'];
  const lines = [head.join(' | '), head.map(() => '---').join(' | ')];
  for (const r of rows) {
    const d = r.delivered;
    const aw = Math.max(1, r.athletes * r.weeks);
    lines.push(
      [
        r.arm,
        ...MAIN_LIFTS.map((l) => `${((d.liftHardSets[l] ?? 0) / aw).toFixed(1)} (${((d.liftSessions[l] ?? 0) / aw).toFixed(1)})`),
        ...DELIVERED_MUSCLES.map((m) => (d.muscleHardSets[m] / aw).toFixed(1)),
        (d.sessionMin / Math.max(1, d.sessions)).toFixed(0),
        (d.sessionRpe / Math.max(1, d.sessionRpeLogged)).toFixed(1),
      ].join(' | '),
    );
  }
  return lines.join('\n');
}

/** Week by week: mean EWMA ACWR and overreach events per arm (where in the block the load and the events are). */
export function formatAcwrTable(rows: readonly ArmSummary[]): string {
  const weeks = rows[0]?.acwrByWeek.length ?? 0;
  const head = ['arm', ...Array.from({ length: weeks }, (_, k) => `wk ${k + 1}`)];
  const lines = [head.join(' | '), head.map(() => '---').join(' | ')];
  for (const r of rows) lines.push([r.arm, ...r.acwrByWeek.map((x, k) => `${x.toFixed(2)} (${r.overreachByWeek[k] ?? 0})`)].join(' | '));
  return lines.join('\n');
}
