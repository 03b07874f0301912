import { describe, expect, it } from 'vitest';
import { LIFTGRAPH_CATALOG } from '../catalog/liftgraph-catalog.js';
import type { Exercise } from '../exercise/exercise.js';
import type { LoggedPerformance, LoggedSession, LoggedSet } from '../log/workout-log.js';
import { applyOverload } from '../overload/apply-overload.js';
import type { ExerciseSession } from '../overload/overload-types.js';
import { addDays } from '../science/calendar-day.js';
import { kg, seconds } from '../units.js';
import { buildLearningGraph, type LearningGraph } from './build-learning-graph.js';
import { dailyMetrics } from './daily-metrics.js';
import { type AthleteLog, performanceFacts } from './performance-facts.js';

// Pins the learning graph of a fixed, varied synthetic log so that performance work on
// buildLearningGraph, performanceFacts, the CSR builder and the rule engine cannot change a single
// output value. The checksums below were computed by this test from the code at commit 5f908e0 (before
// the export optimisations of issue #4); the rule baseline is in addition recomputed here by a
// different path (applyOverload with its reasons, from per-athlete performance facts).
// Issue #14: the stall-deload rule reads session e1RMs with the capacity estimate's convention
// (implied e1RM with `countedRir`: unlogged sets at CAPACITY_RULES.unloggedRir, logged RIR counted
// up to CAPACITY_RULES.maxCountedRir) instead of to-failure Epley; that moved 10 of the 916
// rule-baseline predictions (with maxCountedRir 4), so `rules` and the rule-target `y` were
// re-pinned. Then plate rounding stopped carrying an uncapped load past the +10 %/week cap (commit
// b75450e), which moved rule-baseline predictions again: `rules` and `y` re-pinned once more. The
// features (`x`), observed targets and everything else are unchanged.

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  ...LIFTGRAPH_CATALOG.filter((e) => e.source === 'liftgraph' && e.category !== 'cardio')
    .slice(0, 24)
    .map((e) => e.name),
  'Mystery Machine Press',
  'Garage Sled Drag',
];
const byName = new Map(LIFTGRAPH_CATALOG.map((e) => [e.name, e]));
const resolve = (name: string): Exercise | null => byName.get(name) ?? null;

/** Logs with everything the pipeline branches on: RPE, RIR, rest, warm-ups, drops, bodyweight, unmapped names, gaps, double days. */
function variedLogs(): AthleteLog[] {
  const random = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const logs: AthleteLog[] = [];
  for (const athleteId of ['zed', 'amy', 'bob']) {
    const sessions: LoggedSession[] = [];
    let date = '2023-03-01';
    for (let s = 0; s < 90; s++) {
      date = addDays(date, random() < 0.15 ? 0 : 1 + Math.floor(random() * 4));
      const performances: LoggedPerformance[] = [];
      const count = 1 + Math.floor(random() * 6);
      for (let order = 0; order < count; order++) {
        const base = random() < 0.08 ? null : 20 + Math.floor(random() * 160) / 2;
        const sets: LoggedSet[] = [];
        const n = 1 + Math.floor(random() * 5);
        for (let index = 0; index < n; index++) {
          const effort = random();
          const weight = base === null ? null : base + index * 2.5 - (random() < 0.1 ? 10 : 0);
          sets.push({
            index,
            type: index === 0 && n > 2 && random() < 0.5 ? 'warmup' : random() < 0.05 ? 'drop' : 'working',
            reps: random() < 0.03 ? null : random() < 0.03 ? 0 : 1 + Math.floor(random() * 15),
            weightKg: weight === null ? null : kg(Math.max(0, weight)),
            originalWeight: weight,
            originalUnit: 'kg',
            rpe: effort < 0.3 ? 5 + Math.floor(random() * 11) / 2 : null,
            rir: effort >= 0.3 && effort < 0.45 ? Math.floor(random() * 5) : null,
            restSec: random() < 0.4 ? seconds(60 + Math.floor(random() * 300)) : null,
            distanceM: null,
            durationSec: null,
            sourceLine: 0,
          });
        }
        performances.push({ order, exerciseName: pick(NAMES), sets, notes: null, supersetId: null });
      }
      const startedAt = `${date}T${String(6 + (s % 3) * 5).padStart(2, '0')}:00:00`;
      sessions.push({
        key: startedAt,
        startedAt,
        date,
        title: null,
        durationMin: random() < 0.2 ? null : 30 + Math.floor(random() * 90),
        notes: null,
        sessionRpe: random() < 0.5 ? 4 + Math.floor(random() * 7) : null,
        performances,
      });
    }
    logs.push({ athleteId, sessions: sessions.reverse() }); // any order in, chronological out
  }
  return logs;
}

/** FNV-1a over the float32 bit patterns (one canonical NaN), so the pin is exact to the last bit. */
function checksum(values: ArrayLike<number>): string {
  const f = new Float32Array(1);
  const u = new Uint32Array(f.buffer);
  let h = 0x811c9dc5;
  for (let i = 0; i < values.length; i++) {
    f[0] = values[i] ?? 0;
    const bits = Number.isNaN(f[0]) ? 0x7fc00000 : (u[0] ?? 0);
    for (let b = 0; b < 32; b += 8) h = Math.imul(h ^ ((bits >>> b) & 0xff), 0x01000193);
  }
  return `${values.length}:${(h >>> 0).toString(16)}`;
}

function checksums(g: LearningGraph): Record<string, string> {
  const nodeText = g.nodes
    .map((n) => `${n.athleteId}|${n.sessionKey}|${n.date}|${n.exerciseKey}|${n.exerciseName}|${n.order}|${n.targetDate}`)
    .join('\n');
  return {
    x: checksum(g.x),
    y: checksum(g.y),
    persistence: checksum(g.persistence),
    rules: checksum(g.rules),
    trainMask: checksum(g.trainMask),
    testMask: checksum(g.testMask),
    prevIndex: checksum(g.prevIndex),
    rowPtr: checksum(g.adjacency.rowPtr),
    colIdx: checksum(g.adjacency.colIdx),
    edgeWeight: checksum(g.adjacency.edgeWeight),
    edgeType: checksum(g.adjacency.edgeType),
    nodes: checksum(Array.from(nodeText, (c) => c.charCodeAt(0))),
  };
}

const LOWER_BODY = ['quadriceps', 'hamstrings', 'glutes', 'calves'];

/** The rule baseline of every node, straight from applyOverload (reasons and all), athlete by athlete. */
function referenceRules(logs: readonly AthleteLog[]): { values: number[]; ruleIds: Set<string> } {
  const out: number[] = [];
  const ruleIds = new Set<string>();
  for (const log of [...logs].sort((a, b) => (a.athleteId < b.athleteId ? -1 : 1))) {
    const facts = performanceFacts(log, resolve);
    const metrics = dailyMetrics(log.sessions);
    facts.forEach((f) => {
      const history: ExerciseSession[] = [];
      for (let k = facts.indexOf(f); k >= 0 && history.length < 8; k = facts[k]?.prev ?? -1) {
        const p = facts[k];
        if (!p) break;
        history.unshift({
          date: p.date,
          targetReps: p.topReps,
          sets: p.sets.map((s) => ({ weightKg: s.weightKg ?? 0, reps: s.reps ?? 0, rpe: s.rpe, rir: s.rir })),
        });
      }
      const lower = f.exercise?.targets.some((t) => t.role === 'primary' && LOWER_BODY.includes(t.muscle)) ?? false;
      const d = applyOverload(history, {
        date: f.date,
        current: { weightKg: f.topWeightKg ?? 0, reps: Math.max(1, f.topReps), restSec: f.restSec ?? 120, sets: f.workingSets },
        equipment: f.exercise?.equipment,
        region: lower ? 'lower' : 'upper',
        fatigue: f.fatigue,
        acwr: metrics.get(f.date)?.acwr ?? null,
      });
      expect(d.reasons.length).toBeGreaterThan(0);
      ruleIds.add(`${d.ruleId}:${d.action}`);
      for (const r of d.reasons.slice(1)) ruleIds.add(`then:${r.split(' ')[0] ?? ''}`);
      out.push(d.weightKg, d.reps, d.restSec);
    });
  }
  return { values: out, ruleIds };
}

describe('buildLearningGraph output pin', () => {
  const logs = variedLogs();
  const g = buildLearningGraph(logs, resolve, { cutoffDate: '2023-08-01' });

  it('should cover the branches the pin is meant to hold', () => {
    expect(g.numNodes).toBeGreaterThan(700);
    expect(g.nodes.some((n) => n.exerciseKey.startsWith('name:'))).toBe(true);
    expect(g.trainMask.includes(1) && g.testMask.includes(1)).toBe(true);
    expect(new Set(g.adjacency.edgeType).size).toBe(3);
  });

  // Re-pinned for issue #16: an exercise logged twice in one session is now one performance (the fixture
  // repeats some), so the graph has 864 nodes instead of 916; nothing else in the builder changed.
  it('should reproduce the checksums of the pre-optimisation code', () => {
    expect(checksums(g)).toEqual({
      x: '35424:2be30c93',
      y: '2592:7ad0c43b',
      persistence: '2592:1d17b4da',
      rules: '2592:dea70496',
      trainMask: '864:ba5c8ad5',
      testMask: '864:33f6fa75',
      prevIndex: '864:5ea0e526',
      rowPtr: '865:212ac3ae',
      colIdx: '5821:5869e183',
      edgeWeight: '5821:3cd5592d',
      edgeType: '5821:aa40afc5',
      nodes: '68459:31b2af16',
    });
  });

  it('should give the same rule baseline as applyOverload called directly', () => {
    const reference = referenceRules(logs);
    expect(Array.from(g.rules)).toEqual(Array.from(Float32Array.from(reference.values)));
    // Every rule outcome and guardrail the learning graph can meet occurs in the fixture.
    expect([...reference.ruleIds].sort()).toEqual([
      'fatigue-study-rule:decrease-reps',
      'fatigue-study-rule:hold',
      'fatigue-study-rule:increase-load',
      'fatigue-study-rule:increase-rest',
      'linear-progression:decrease-load',
      'linear-progression:hold',
      'linear-progression:increase-load',
      'stall-deload:deload',
      'then:clamped',
      'then:load',
      'then:no',
      'then:rounded',
    ]);
  });

  it('should leave everything but the rules unchanged when only persistence is asked for', () => {
    const p = checksums(buildLearningGraph(logs, resolve, { cutoffDate: '2023-08-01', baselines: 'persistence' }));
    expect({ ...p, rules: '' }).toEqual({ ...checksums(g), rules: '' });
    expect(p.rules).toBe(checksum(new Float32Array(g.rules.length).fill(Number.NaN)));
  });

  it('should pin the rule-target graph too', () => {
    const r = buildLearningGraph(logs, resolve, { cutoffDate: '2023-08-01', targetMode: 'rule', baselines: 'persistence' });
    expect(checksum(r.y)).toBe('2592:e8bccedb');
  });
});
