import {
  buildLearningGraph,
  CONFIDENT_MATCH,
  createExerciseMatcher,
  type Exercise,
  type LearningGraph,
  LIFTGRAPH_CATALOG,
  timelineCutoff,
} from '@liftgraph/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog } from '../catalog/catalog-seed.repository.js';
import { importLog } from '../ingest/log-import.repository.js';
import { migrate } from '../migrate/migrate.js';
import { loadRealLog, realLogsAvailable, realLogsDir } from '../testing/real-logs.js';
import { deleteAthleteData, testGraphDb } from '../testing/test-graph-db.js';
import { exportableAthleteIds, exportSubgraph } from './export-subgraph.js';

const DIR = realLogsDir(import.meta.url);
const HAVE_LOGS = realLogsAvailable(DIR, process.env);
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const FILES = ['hevy-smdesai27.csv', 'fitnotes-moferg.csv'] as const;
const ATHLETES = FILES.map((_, i) => `test-export-${RUN}-${i}`);
const CUTOFF = '2025-09-01';
const db = testGraphDb();
const csvLogs: Array<{ athleteId: string; sessions: Awaited<ReturnType<typeof loadRealLog>>['log']['sessions'] }> = [];

/** The CSV path's resolver (apps/cli catalogResolver): confident catalog matches only. */
function csvResolver(): (name: string) => Exercise | null {
  const matcher = createExerciseMatcher(LIFTGRAPH_CATALOG);
  const byId = new Map(LIFTGRAPH_CATALOG.map((e) => [e.id, e]));
  return (name) => {
    const m = matcher.match(name);
    return m.exerciseId !== null && m.confidence >= CONFIDENT_MATCH ? (byId.get(m.exerciseId) ?? null) : null;
  };
}

function expectValidCsr(g: LearningGraph): void {
  const { rowPtr, colIdx, edgeWeight, edgeType } = g.adjacency;
  expect(rowPtr).toHaveLength(g.numNodes + 1);
  expect(rowPtr[0]).toBe(0);
  expect(rowPtr[g.numNodes]).toBe(colIdx.length);
  expect(edgeWeight).toHaveLength(colIdx.length);
  expect(edgeType).toHaveLength(colIdx.length);
  for (let i = 0; i < g.numNodes; i += 1) {
    const [s, e] = [rowPtr[i] ?? 0, rowPtr[i + 1] ?? 0];
    expect(e).toBeGreaterThanOrEqual(s);
    for (let k = s; k < e; k += 1) {
      expect(colIdx[k] ?? -1).toBeGreaterThanOrEqual(0);
      expect(colIdx[k] ?? g.numNodes).toBeLessThan(g.numNodes);
      if (k > s) expect(colIdx[k] ?? 0).toBeGreaterThanOrEqual(colIdx[k - 1] ?? 0);
    }
  }
}

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
  if (!HAVE_LOGS) return;
  for (const [i, file] of FILES.entries()) {
    const athleteId = ATHLETES[i] ?? '';
    const { bytes, log } = await loadRealLog(DIR, file);
    csvLogs.push({ athleteId, sessions: log.sessions });
    await importLog(db, { athleteId, log, file: bytes });
  }
});
afterAll(async () => {
  await deleteAthleteData(db, ATHLETES);
  await db.close();
});

describe.skipIf(!HAVE_LOGS)('exportSubgraph', () => {
  it('should give exactly the learning graph the domain builds from the CSV files (one feature pipeline)', async () => {
    const exported = await exportSubgraph(db, { athleteIds: ATHLETES });
    const cutoffDate = timelineCutoff(csvLogs.flatMap((l) => l.sessions.map((s) => s.date)));
    const direct = buildLearningGraph(csvLogs, csvResolver(), { cutoffDate });
    expect(exported.cutoffDate).toBe(cutoffDate);
    expect(exported.graph.numNodes).toBeGreaterThan(1000);
    expect(exported.graph).toEqual(direct);
    expect(exported.data.x).toBe(exported.graph.x);
    expect(new Set(exported.nodeIds).size).toBe(exported.graph.numNodes);
  });

  it('should export a valid CSR with all three typed edges, deterministically', async () => {
    const a = await exportSubgraph(db, { athleteIds: ATHLETES, cutoffDate: CUTOFF });
    expectValidCsr(a.graph);
    expect(new Set(a.graph.adjacency.edgeType)).toEqual(new Set([0, 1, 2]));
    expect(a.graph.x).toHaveLength(a.graph.numNodes * a.graph.numFeatures);
    expect(a.graph.x.every(Number.isFinite)).toBe(true);
    const b = await exportSubgraph(db, { athleteIds: [...ATHLETES].reverse(), cutoffDate: CUTOFF });
    expect(b.nodeIds).toEqual(a.nodeIds);
    expect(b.graph).toEqual(a.graph);
  });

  it('should not leak test-period targets into training features, masks or messages', async () => {
    const full = await exportSubgraph(db, { athleteIds: ATHLETES, cutoffDate: CUTOFF });
    const g = full.graph;
    const trainCount = g.trainMask.reduce((s, v) => s + v, 0);
    expect(trainCount).toBeGreaterThan(100);
    expect(g.testMask.reduce((s, v) => s + v, 0)).toBeGreaterThan(10);
    g.nodes.forEach((node, i) => {
      expect(g.trainMask[i]).toBe(node.targetDate !== null && node.targetDate < CUTOFF ? 1 : 0);
      expect(g.testMask[i]).toBe(node.targetDate !== null && node.targetDate >= CUTOFF ? 1 : 0);
    });
    // No edge carries a later-dated node into an earlier one.
    const { rowPtr, colIdx } = g.adjacency;
    for (let dst = 0; dst < g.numNodes; dst += 1) {
      for (let k = rowPtr[dst] ?? 0; k < (rowPtr[dst + 1] ?? 0); k += 1)
        expect((g.nodes[colIdx[k] ?? 0]?.date ?? '9999') <= (g.nodes[dst]?.date ?? '')).toBe(true);
    }
    // Training rows are identical when the test period is not in the export at all.
    const past = await exportSubgraph(db, { athleteIds: ATHLETES, to: '2025-08-31', cutoffDate: CUTOFF });
    const row = new Map(past.nodeIds.map((id, i) => [id, i]));
    const F = g.numFeatures;
    let checked = 0;
    full.nodeIds.forEach((id, i) => {
      if (g.trainMask[i] !== 1) return;
      const j = row.get(id) ?? -1;
      expect(j).toBeGreaterThanOrEqual(0);
      expect(Array.from(past.graph.x.subarray(j * F, (j + 1) * F))).toEqual(Array.from(g.x.subarray(i * F, (i + 1) * F)));
      expect(past.graph.trainMask[j]).toBe(1);
      checked += 1;
    });
    expect(checked).toBe(trainCount);
  });

  it('should window nodes with `from` without changing their rows, and skip rules for persistence-only exports', async () => {
    const full = await exportSubgraph(db, { athleteIds: ATHLETES, cutoffDate: CUTOFF });
    const from = '2025-06-01';
    const windowed = await exportSubgraph(db, { athleteIds: ATHLETES, cutoffDate: CUTOFF, from, baselines: 'persistence' });
    expectValidCsr(windowed.graph);
    expect(windowed.graph.nodes.every((n) => n.date >= from)).toBe(true);
    expect(windowed.graph.numNodes).toBeLessThan(full.graph.numNodes);
    expect(windowed.graph.rules.every(Number.isNaN)).toBe(true);
    const F = full.graph.numFeatures;
    const offset = full.nodeIds.indexOf(windowed.nodeIds[0] ?? '');
    expect(offset).toBeGreaterThan(0);
    const sameAthlete = windowed.graph.nodes.findIndex((n) => n.athleteId !== windowed.graph.nodes[0]?.athleteId);
    const k = sameAthlete < 0 ? windowed.graph.numNodes : sameAthlete;
    expect(windowed.graph.x.subarray(0, k * F)).toEqual(full.graph.x.subarray(offset * F, (offset + k) * F));
  });

  it('should list the athletes that have sessions', async () => {
    expect(await exportableAthleteIds(db)).toEqual(expect.arrayContaining(ATHLETES));
  });
});
