import { MUSCLE_GROUP_IDS } from '@liftgraph/domain';
import neo4j from 'neo4j-driver';
import type { GraphDb } from '../graph-db.js';
import { toStringValue } from '../integer.mapper.js';
import { readTx } from '../tx.js';
import { buildLearningGraph } from './build-learning-graph.js';
import { EXPORT_EXERCISES, EXPORT_PERFORMANCES, EXPORT_SESSION_LOADS } from './export-subgraph.cypher.js';
import type { ExportedGraphData } from './graph-data.js';
import { EDGE_TYPES } from './learning-graph.js';
import { dailyLoadFeatures, type DayLoadFeatures, type ExerciseDescriptor, FEATURE_NAMES, NUM_FEATURES, type PerformanceColumns, TARGET_NAMES } from './subgraph-features.js';

export interface ExportSubgraphOptions {
  athleteIds: readonly string[];
  /** Window of node dates (YYYY-MM-DD, inclusive); history before `from` still feeds the features. */
  from?: string;
  to?: string;
  /** Test split by target date; default: the date at the last sixth of the nodes' timeline. */
  testFrom?: string;
  valFrom?: string;
  recoveryDays?: number;
}

/** The GNN's GraphData plus what is needed to read it back (ids, names, units, split dates). */
export interface SubgraphExport {
  graph: ExportedGraphData;
  nodeIds: string[];
  nodeDates: string[];
  featureNames: readonly string[];
  targetNames: readonly string[];
  edgeTypes: readonly string[];
  /** [numNodes, numTargets]: 1 where the target was observed (rest is often not logged). */
  targetKnown: Uint8Array;
  testFrom: string;
}

/** Items per record of the columnar export queries. */
const EXPORT_CHUNK = 1_000;

const COLUMNS = ['id', 'sessionId', 'exerciseId', 'date', 'startedAt', 'order', 'sets', 'reps', 'weightKg', 'restSec', 'rpe', 'rir', 'volumeKg', 'e1rmKg'] as const;

function emptyColumns(): PerformanceColumns {
  return { athleteId: [], id: [], sessionId: [], exerciseId: [], date: [], startedAt: [], order: [], sets: [], reps: [], weightKg: [], restSec: [], rpe: [], rir: [], volumeKg: [], e1rmKg: [] };
}

/**
 * Exports the learning graph of some athletes (nodes = performances; see FEATURE_NAMES, TARGET_NAMES,
 * EDGE_TYPES) as `GraphData` in CSR form, in a deterministic order: athlete, start time, session, order.
 */
export async function exportSubgraph(db: GraphDb, opts: ExportSubgraphOptions): Promise<SubgraphExport> {
  const athleteIds = [...new Set(opts.athleteIds)].sort();
  const to = opts.to ?? null;
  const data = await readTx(db, 'export.subgraph', async (tx) => {
    const chunk = neo4j.int(EXPORT_CHUNK);
    const perf = await tx.run(EXPORT_PERFORMANCES, { athleteIds, to, chunk });
    const sessions = await tx.run(EXPORT_SESSION_LOADS, { athleteIds, to, chunk });
    const columns = emptyColumns();
    for (const r of perf.records) {
      const ids = r.get('id') as string[];
      const athleteId = toStringValue(r.get('athleteId'), 'athleteId');
      for (let k = 0; k < ids.length; k += 1) columns.athleteId.push(athleteId);
      for (const col of COLUMNS) {
        const target = columns[col] as unknown[];
        for (const v of r.get(col) as unknown[]) target.push(v);
      }
    }
    const exerciseIds = [...new Set(columns.exerciseId)];
    const ex = await tx.run(EXPORT_EXERCISES, { ids: exerciseIds });
    return { columns, sessions: sessions.records, exercises: ex.records };
  });
  const exercises = new Map<string, ExerciseDescriptor>();
  for (const r of data.exercises) {
    const muscles = new Float32Array(MUSCLE_GROUP_IDS.length);
    for (const [m, share] of r.get('targets') as Array<[string, number]>) {
      const i = MUSCLE_GROUP_IDS.indexOf(m as (typeof MUSCLE_GROUP_IDS)[number]);
      if (i >= 0) muscles[i] = share;
    }
    exercises.set(r.get('id') as string, { compound: r.get('mechanic') === 'compound', force: r.get('force') as string | null, bodyweight: r.get('bodyweight') === true, muscles });
  }
  const sessionLoad = new Map<string, number>();
  const byAthlete = new Map<string, { dates: string[]; loads: number[] }>();
  for (const r of data.sessions) {
    const athleteId = r.get('athleteId') as string;
    const acc = byAthlete.get(athleteId) ?? { dates: [], loads: [] };
    byAthlete.set(athleteId, acc);
    const loadAu = r.get('loadAu') as number[];
    (r.get('id') as string[]).forEach((id, k) => sessionLoad.set(id, loadAu[k] ?? 0));
    for (const d of r.get('date') as string[]) acc.dates.push(d);
    for (const l of loadAu) acc.loads.push(l);
  }
  const loads = new Map<string, Map<string, DayLoadFeatures>>();
  for (const [athleteId, acc] of byAthlete) loads.set(athleteId, dailyLoadFeatures(acc.dates, acc.loads));
  const g = buildLearningGraph(data.columns, exercises, loads, sessionLoad, {
    from: opts.from ?? null, testFrom: opts.testFrom ?? null, valFrom: opts.valFrom ?? null,
    recoveryDays: opts.recoveryDays ?? 3, crossSessionPerNode: 3, minOverlap: 0.25,
  });
  const graph: ExportedGraphData = {
    numNodes: g.nodeIds.length, numFeatures: NUM_FEATURES, x: g.x, adjacency: g.adjacency, numTargets: TARGET_NAMES.length,
    y: g.y, trainMask: g.trainMask, valMask: g.valMask, testMask: g.testMask,
  };
  return {
    graph, nodeIds: g.nodeIds, nodeDates: g.nodeDates, featureNames: FEATURE_NAMES, targetNames: TARGET_NAMES, edgeTypes: EDGE_TYPES,
    targetKnown: g.targetKnown, testFrom: g.testFrom,
  };
}
