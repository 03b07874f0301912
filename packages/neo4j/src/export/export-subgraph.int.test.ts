import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog } from '../catalog/catalog-seed.repository.js';
import { importLog } from '../ingest/log-import.repository.js';
import { migrate } from '../migrate/migrate.js';
import { loadRealLog, realLogsAvailable, realLogsDir } from '../testing/real-logs.js';
import { deleteAthleteData, testGraphDb } from '../testing/test-graph-db.js';
import { exportSubgraph } from './export-subgraph.js';
import { FEATURE_NAMES } from './subgraph-features.js';

const DIR = realLogsDir(import.meta.url);
const HAVE_LOGS = realLogsAvailable(DIR);
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const ATHLETES = [`test-export-${RUN}-a`, `test-export-${RUN}-b`];
const db = testGraphDb();

beforeAll(async () => {
  await migrate(db);
  await seedCatalog(db);
  if (!HAVE_LOGS) return;
  for (const [i, file] of ['hevy-smdesai27.csv', 'fitnotes-moferg.csv'].entries()) {
    const { bytes, log } = await loadRealLog(DIR, file);
    await importLog(db, { athleteId: ATHLETES[i] ?? '', log, file: bytes });
  }
});
afterAll(async () => {
  await deleteAthleteData(db, ATHLETES);
  await db.close();
});

describe.skipIf(!HAVE_LOGS)('exportSubgraph', () => {
  it('should export valid CSR GraphData with documented features, deterministically', async () => {
    const a = await exportSubgraph(db, { athleteIds: ATHLETES });
    const { graph } = a;
    expect(graph.numNodes).toBe(1203 + 148);
    expect(graph.numFeatures).toBe(FEATURE_NAMES.length);
    expect(graph.x).toHaveLength(graph.numNodes * graph.numFeatures);
    expect(graph.y).toHaveLength(graph.numNodes * 3);
    const { rowPtr, colIdx, edgeType } = graph.adjacency;
    expect(Array.from(colIdx).every((v) => v >= 0 && v < graph.numNodes)).toBe(true);
    expect(rowPtr[0]).toBe(0);
    expect(rowPtr[graph.numNodes]).toBe(colIdx.length);
    for (let i = 0; i < graph.numNodes; i += 1) {
      const [s, e] = [rowPtr[i] ?? 0, rowPtr[i + 1] ?? 0];
      expect(e).toBeGreaterThanOrEqual(s);
      for (let k = s + 1; k < e; k += 1) expect(colIdx[k] ?? 0).toBeGreaterThanOrEqual(colIdx[k - 1] ?? 0);
    }
    expect(new Set(edgeType)).toEqual(new Set([0, 1, 2]));
    expect(Number.isFinite(graph.x.reduce((s, v) => s + v, 0))).toBe(true);
    const b = await exportSubgraph(db, { athleteIds: [...ATHLETES].reverse() });
    expect(b.nodeIds).toEqual(a.nodeIds);
    expect(b.graph.x).toEqual(graph.x);
    expect(b.graph.adjacency.colIdx).toEqual(colIdx);
  });

  it('should not leak test-period data into training features, targets or messages', async () => {
    const full = await exportSubgraph(db, { athleteIds: ATHLETES, testFrom: '2025-09-01' });
    const train = full.graph.trainMask ?? new Uint8Array();
    const test = full.graph.testMask ?? new Uint8Array();
    expect(train.reduce((s, v) => s + v, 0)).toBeGreaterThan(100);
    expect(test.reduce((s, v) => s + v, 0)).toBeGreaterThan(10);
    // Features of training nodes are identical when the test period is not in the database at all.
    const past = await exportSubgraph(db, { athleteIds: ATHLETES, to: '2025-08-31', testFrom: '2025-09-01' });
    const pastRow = new Map(past.nodeIds.map((id, i) => [id, i]));
    const F = full.graph.numFeatures;
    let checked = 0;
    full.nodeIds.forEach((id, i) => {
      if (train[i] !== 1) return;
      const j = pastRow.get(id);
      expect(j).toBeDefined();
      expect(Array.from(full.graph.x.subarray(i * F, (i + 1) * F))).toEqual(Array.from(past.graph.x.subarray((j ?? 0) * F, ((j ?? 0) + 1) * F)));
      expect(past.graph.trainMask?.[j ?? 0]).toBe(1);
      checked += 1;
    });
    expect(checked).toBeGreaterThan(100);
    // No edge carries a later-dated node into an earlier one.
    const { rowPtr, colIdx } = full.graph.adjacency;
    for (let dst = 0; dst < full.graph.numNodes; dst += 1) {
      for (let k = rowPtr[dst] ?? 0; k < (rowPtr[dst + 1] ?? 0); k += 1) {
        expect((full.nodeDates[colIdx[k] ?? 0] ?? '') <= (full.nodeDates[dst] ?? '')).toBe(true);
      }
    }
  });
});
